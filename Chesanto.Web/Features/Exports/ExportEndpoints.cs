using System.Globalization;
using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;

namespace Chesanto.Web.Features.Exports;

/// <summary>Excel downloads, for whoever may see the catalogue (or production, for its files). Ranges are business days; the default is this month so far.</summary>
public static class ExportEndpoints
{
    public static void AddExports(this IServiceCollection services) => services.AddScoped<InventoryExports>().AddScoped<ProductionExports>()
        .AddScoped<AttendanceExports>().AddScoped<SalesExports>().AddScoped<AccountingExports>().AddScoped<PayrollExports>()
        .AddScoped<SupplierExports>().AddScoped<MonthBook.MonthBookExport>().AddScoped<ReportExports>();

    public static void MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var inventory = endpoints.MapGroup("/export/inventory").RequireAuthorization(Permissions.ViewCatalog);
        inventory.MapGet("/items.xlsx", async (InventoryExports exports, BusinessClock clock) =>
            File(await exports.ItemsAsync(), $"chesanto-items-{clock.Today:yyyy-MM-dd}.xlsx"));
        inventory.MapGet("/movements.xlsx", (InventoryExports exports, BusinessClock clock, DateOnly? from, DateOnly? to, int? item) =>
        {
            var (start, end) = Range(clock, from, to);
            var itemPart = item is { } id ? $"-item-{id}" : "";
            return Refusable(async () => File(await exports.MovementsAsync(start, end, item),
                $"chesanto-stock-movements{itemPart}-{start:yyyy-MM-dd}-to-{end:yyyy-MM-dd}.xlsx"));
        });
        inventory.MapGet("/purchases.xlsx", (InventoryExports exports, BusinessClock clock, DateOnly? from, DateOnly? to) =>
        {
            var (start, end) = Range(clock, from, to);
            return Refusable(async () => File(await exports.PurchasesAsync(start, end),
                $"chesanto-purchases-{start:yyyy-MM-dd}-to-{end:yyyy-MM-dd}.xlsx"));
        });
        endpoints.MapGroup("/export/suppliers").RequireAuthorization(Permissions.PaySuppliers)
            .MapGet("/balances.xlsx", (SupplierExports exports, BusinessClock clock) =>
                Refusable(async () => File(await exports.BalancesAsync(), $"chesanto-supplier-balances-{clock.Today:yyyy-MM-dd}.xlsx")));
        endpoints.MapProductionExports();
        endpoints.MapAttendanceExports();
        endpoints.MapSalesExports();
        endpoints.MapGroup("/export/payroll").RequireAuthorization(Permissions.ManagePayroll)
            .MapGet("/payments.xlsx", (PayrollExports exports, int year, int month) =>
                Refusable(async () => File(await exports.PaymentsAsync(year, month), $"chesanto-payroll-payments-{year}-{month:00}.xlsx")));
        endpoints.MapAccountingExports();
        endpoints.MapGroup("/export/reports").RequireAuthorization(Permissions.ViewReports)
            .MapGet("/report.xlsx", (ReportExports exports, string kind, DateOnly start) =>
                Enum.TryParse<Chesanto.Domain.Reports.ReportKind>(kind, ignoreCase: true, out var k)
                    ? Refusable(async () => await exports.ReportAsync(k, start) is { } content
                        ? File(content, $"chesanto-{kind.ToLowerInvariant()}-report-{start:yyyy-MM-dd}.xlsx")
                        : TypedResults.NotFound())
                    : Task.FromResult<IResult>(TypedResults.NotFound()));
    }

    private static void MapAccountingExports(this IEndpointRouteBuilder endpoints)
    {
        var books = endpoints.MapGroup("/export/accounting").RequireAuthorization(Permissions.ViewBooks);
        books.MapGet("/expenses.xlsx", (AccountingExports exports, BusinessClock clock, DateOnly? from, DateOnly? to, ExpenseCategory? category) =>
        {
            var (start, end) = Range(clock, from, to);
            return Refusable(async () => File(await exports.ExpensesAsync(start, end, category),
                $"chesanto-expenses-{start:yyyy-MM-dd}-to-{end:yyyy-MM-dd}.xlsx"));
        });
        // The month's whole book, e.g. /export/books/2026-11.xlsx (WORKBOOK.md, sheet by sheet).
        endpoints.MapGroup("/export/books").RequireAuthorization(Permissions.ViewBooks)
            .MapGet("/{month}.xlsx", (MonthBook.MonthBookExport export, string month) =>
                DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                    ? Refusable(async () => File(await export.BookAsync(first.Year, first.Month), $"chesanto-books-{first:yyyy-MM}.xlsx"))
                    : Task.FromResult<IResult>(TypedResults.NotFound()));
        books.MapGet("/fuel.xlsx", (AccountingExports exports, BusinessClock clock, DateOnly? month) =>
        {
            var any = month ?? clock.Today;
            return Refusable(async () => File(await exports.FuelAsync(any.Year, any.Month), $"chesanto-fuel-{any:yyyy-MM}.xlsx"));
        });
    }

    private static void MapAttendanceExports(this IEndpointRouteBuilder endpoints)
    {
        var attendance = endpoints.MapGroup("/export/attendance").RequireAuthorization(Permissions.ViewAttendanceReports);
        attendance.MapGet("/summary.xlsx", (AttendanceExports exports, BusinessClock clock, DateOnly? day, bool? monthly, Department? department) =>
        {
            var anyDay = day ?? clock.Today;
            var period = monthly == true ? AttendancePeriod.MonthOf(anyDay) : AttendancePeriod.WeekOf(anyDay);
            var departmentPart = department is { } d ? $"-{d.ToString().ToLowerInvariant()}" : "";
            return Refusable(async () => File(await exports.SummaryAsync(period, department),
                $"chesanto-attendance{departmentPart}-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}.xlsx"));
        });
    }

    private static void MapSalesExports(this IEndpointRouteBuilder endpoints)
    {
        var sales = endpoints.MapGroup("/export/sales").RequireAuthorization(Permissions.ViewSales);
        sales.MapGet("/day.xlsx", (SalesExports exports, BusinessClock clock, DateOnly? date) =>
        {
            var day = date ?? clock.Today;
            return Refusable(async () => File(await exports.DayAsync(day), $"chesanto-dispatch-{day:yyyy-MM-dd}.xlsx"));
        });
        sales.MapGet("/commissions.xlsx", (SalesExports exports, BusinessClock clock, DateOnly? month) =>
        {
            var first = month ?? clock.Today;
            return Refusable(async () => File(await exports.CommissionsAsync(first), $"chesanto-commissions-{first:yyyy-MM}.xlsx"));
        });
    }

    private static void MapProductionExports(this IEndpointRouteBuilder endpoints)
    {
        var production = endpoints.MapGroup("/export/production").RequireAuthorization(Permissions.ViewProduction);
        production.MapGet("/day.xlsx", (ProductionExports exports, BusinessClock clock, DateOnly? date) =>
        {
            var day = date ?? clock.Today;
            return Refusable(async () => File(await exports.DayAsync(day), $"chesanto-production-{day:yyyy-MM-dd}.xlsx"));
        });
        production.MapGet("/batches.xlsx", (ProductionExports exports, BusinessClock clock, DateOnly? from, DateOnly? to) =>
        {
            var (start, end) = Range(clock, from, to);
            return Refusable(async () => File(await exports.BatchesAsync(start, end),
                $"chesanto-production-batches-{start:yyyy-MM-dd}-to-{end:yyyy-MM-dd}.xlsx"));
        });
    }

    /// <summary>The link for this month so far (the pages' default).</summary>
    public static string ThisMonth(string path, DateOnly today) =>
        $"{path}?from={new DateOnly(today.Year, today.Month, 1):yyyy-MM-dd}&to={today:yyyy-MM-dd}";

    private static (DateOnly From, DateOnly To) Range(BusinessClock clock, DateOnly? from, DateOnly? to)
    {
        var end = to ?? clock.Today;
        return (from ?? new DateOnly(end.Year, end.Month, 1), end);
    }

    private static IResult File(byte[] content, string name) => TypedResults.File(content, ExcelWorkbook.ContentType, name);

    private static async Task<IResult> Refusable(Func<Task<IResult>> export)
    {
        try { return await export(); }
        catch (PermissionDeniedException) { return TypedResults.Forbid(); }
        catch (DomainException refusal) { return TypedResults.Problem(refusal.Message, statusCode: StatusCodes.Status400BadRequest); }
    }
}
