using Chesanto.Domain.Accounts;
using MudBlazor;

namespace Chesanto.Web.Components.Layout;

/// <param name="HiddenWith">A permission that hides the link: a role that holds it has a better page for the same thing.</param>
public sealed record NavLinkItem(string Title, string Href, string Icon, string Permission, string? HiddenWith = null);
public sealed record NavSection(string Title, IReadOnlyList<NavLinkItem> Links);

/// <summary>The left navigation, grouped by module. Each link names the policy its page declares.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavSection> Sections { get; } =
    [
        new("Home",
        [
            new("Dashboard", "", Icons.Material.Filled.Dashboard, Permissions.SignedIn),
            new("My profile", "profile", Icons.Material.Filled.Person, Permissions.SignedIn),
            new("Alerts", "alerts", Icons.Material.Filled.NotificationsActive, Permissions.ViewAlerts),
        ]),
        new("Attendance",
        [
            new("My attendance", "attendance/me", Icons.Material.Filled.Schedule, Permissions.SignedIn),
            new("Attendance board", "attendance/board", Icons.Material.Filled.Groups, Permissions.ViewAttendanceBoard),
            new("Attendance reports", "attendance/reports", Icons.Material.Filled.EventNote, Permissions.ViewAttendanceReports),
            new("Kiosk PINs", "attendance/pins", Icons.Material.Filled.Pin, Permissions.ManageKioskPins),
            new("Clock in / out", "attendance/kiosk", Icons.Material.Filled.TouchApp, Permissions.UseKiosk),
        ]),
        new("People",
        [
            new("Staff register", "people", Icons.Material.Filled.Badge, Permissions.ViewStaff),
        ]),
        new("Production",
        [
            new("Production board", "production", Icons.Material.Filled.Factory, Permissions.ViewProduction),
            new("Products & recipes", "catalog", Icons.Material.Filled.BakeryDining, Permissions.ViewCatalog),
            new("Prices", "catalog/prices", Icons.Material.Filled.Sell, Permissions.ViewCatalog),
        ]),
        new("Inventory",
        [
            new("Stock board", "inventory", Icons.Material.Filled.SpaceDashboard, Permissions.ViewCatalog),
            new("Items & prices", "inventory/items", Icons.Material.Filled.Inventory2, Permissions.ViewCatalog),
            new("Purchases", "inventory/purchases", Icons.Material.Filled.ShoppingCart, Permissions.ViewCatalog),
            new("Supplier payments", "inventory/suppliers/payments", Icons.Material.Filled.Payments, Permissions.PaySuppliers),
            new("Wastage", "inventory/wastage", Icons.Material.Filled.DeleteSweep, Permissions.ViewCatalog),
            new("Stock count", "inventory/counts", Icons.Material.Filled.Checklist, Permissions.ManageStock),
            new("Crates", "inventory/crates", Icons.Material.Filled.ViewModule, Permissions.ViewCatalog),
            new("Unit conversions", "inventory/units", Icons.Material.Filled.Straighten, Permissions.ViewCatalog),
        ]),
        new("Payroll",
        [
            new("My payslips", "payroll/mine", Icons.Material.Filled.ReceiptLong, Permissions.ViewOwnPayslip),
            new("Payroll runs", "payroll", Icons.Material.Filled.Payments, Permissions.ManagePayroll),
            new("Casual labour", "payroll/casuals", Icons.Material.Filled.Engineering, Permissions.ManagePayroll),
            new("Advances & loans", "payroll/balances", Icons.Material.Filled.AccountBalanceWallet, Permissions.ManagePayroll),
        ]),
        new("Sales",
        [
            new("Board", "sales/board", Icons.Material.Filled.SpaceDashboard, Permissions.ViewSales),
            new("Dispatch", "sales/dispatch", Icons.Material.Filled.LocalShipping, Permissions.RecordDispatch),
            new("Settle", "sales/settle", Icons.Material.Filled.PointOfSale, Permissions.RecordSettlement),
            new("Recipients", "sales/recipients", Icons.Material.Filled.LocalShipping, Permissions.ViewSales),
            new("My sales", "sales/mine", Icons.Material.Filled.PointOfSale, Permissions.ViewOwnSales, HiddenWith: Permissions.ViewSales),
        ]),
        new("Books",
        [
            new("Analytics", "books/analytics", Icons.Material.Filled.Insights, Permissions.ViewBooks),
            new("Expenses", "accounting/expenses", Icons.Material.Filled.ReceiptLong, Permissions.ViewBooks),
            new("Petty cash", "accounting/petty-cash", Icons.Material.Filled.Payments, Permissions.ViewBooks),
            new("Fuel", "accounting/fuel", Icons.Material.Filled.LocalGasStation, Permissions.ViewBooks),
            new("Profit and loss", "accounting/pnl", Icons.Material.Filled.RequestQuote, Permissions.ViewBooks),
            new("Month on month", "accounting/month-on-month", Icons.Material.Filled.CalendarViewMonth, Permissions.ViewBooks),
            new("Reports", "reports", Icons.Material.Filled.Assessment, Permissions.ViewReports),
        ]),
        new("Administration",
        [
            new("Users & invitations", "admin/users", Icons.Material.Filled.ManageAccounts, Permissions.ManageUsers),
            new("Audit log", "admin/audit", Icons.Material.Filled.History, Permissions.ViewAudit),
        ]),
    ];

    /// <summary>The sections and links this role may open; empty sections are left out.</summary>
    public static IReadOnlyList<NavSection> For(Role role) =>
        Sections.Select(s => s with { Links = s.Links.Where(l => Permissions.Allows(role, l.Permission)
                && (l.HiddenWith is null || !Permissions.Allows(role, l.HiddenWith))).ToList() })
            .Where(s => s.Links.Count > 0).ToList();
}
