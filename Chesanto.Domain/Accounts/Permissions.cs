namespace Chesanto.Domain.Accounts;

/// <summary>
/// The permission matrix (DOMAIN §1.1, P19): each permission is a named authorization policy,
/// granted from a minimum role upward. Pages declare these policies; services check the same names.
/// </summary>
public static class Permissions
{
    public const string SignedIn = "SignedIn";
    public const string ViewStaff = "ViewStaff";
    public const string ManageStaff = "ManageStaff";
    public const string ManageUsers = "ManageUsers";
    public const string DeleteUsers = "DeleteUsers";
    public const string ViewAudit = "ViewAudit";
    public const string ViewCatalog = "ViewCatalog";
    public const string ManageCatalog = "ManageCatalog";
    public const string ManagePrices = "ManagePrices";
    public const string ManageStock = "ManageStock";
    /// <summary>Ordering (= approving), receiving and cancelling purchases, and the supplier list: the Accountant's (Q27).</summary>
    public const string ManagePurchases = "ManagePurchases";
    /// <summary>Writing up a draft purchase for the Accountant to approve: the storekeeper may.</summary>
    public const string DraftPurchases = "DraftPurchases";
    /// <summary>Recording and reversing payments to suppliers, and their balances (Q27).</summary>
    public const string PaySuppliers = "PaySuppliers";
    public const string RecordWastage = "RecordWastage";
    public const string ApproveWastage = "ApproveWastage";
    public const string ViewAttendanceBoard = "ViewAttendanceBoard";
    public const string CorrectAttendance = "CorrectAttendance";
    public const string ViewAttendanceReports = "ViewAttendanceReports";
    public const string ManageKioskPins = "ManageKioskPins";
    /// <summary>The door tablet's only permission; held by the Kiosk role alone (see <see cref="Allows"/>).</summary>
    public const string UseKiosk = "UseKiosk";
    public const string ViewProduction = "ViewProduction";
    public const string RecordProduction = "RecordProduction";
    public const string EditProduction = "EditProduction";
    public const string AdjustFinishedGoods = "AdjustFinishedGoods";
    public const string CloseDay = "CloseDay";
    public const string EditClosedBooks = "EditClosedBooks";
    /// <summary>A salesman's own dispatches, settlements and statement; data-level checks keep him to his own.</summary>
    public const string ViewOwnSales = "ViewOwnSales";
    public const string ViewSales = "ViewSales";
    public const string RecordDispatch = "RecordDispatch";
    public const string RecordSettlement = "RecordSettlement";
    /// <summary>Changing a past or closed day's dispatches, and reversing a settlement (DOMAIN §5.2).</summary>
    public const string EditPastSales = "EditPastSales";
    public const string ManageRecipients = "ManageRecipients";
    /// <summary>Seeing and resolving alerts: the Accountant those marked for him, the CEO all (DOMAIN §5.3, Q16).</summary>
    public const string ViewAlerts = "ViewAlerts";
    /// <summary>Preparing payroll runs, casual labour, advances and loans (P19: payroll = ADMIN+).</summary>
    public const string ManagePayroll = "ManagePayroll";
    public const string ApprovePayroll = "ApprovePayroll";
    /// <summary>Anyone signed in may open their own payslips; data-level checks keep them to their own.</summary>
    public const string ViewOwnPayslip = "ViewOwnPayslip";
    /// <summary>The cash-book, petty cash and fuel (DOMAIN §6.2): the Accountant's and the CEO's only.</summary>
    public const string ViewBooks = "ViewBooks";
    public const string ManageExpenses = "ManageExpenses";
    /// <summary>The stored daily, weekly and monthly reports (DOMAIN §8.1) and choosing which are emailed.</summary>
    public const string ViewReports = "ViewReports";
    /// <summary>Taking a stored report again after closed books were corrected; the old one is kept.</summary>
    public const string RegenerateReports = "RegenerateReports";

    public static IReadOnlyDictionary<string, Role> MinimumRole { get; } = new Dictionary<string, Role>
    {
        [SignedIn] = Role.BasicUser,
        [ViewStaff] = Role.DeptHead,
        [ManageStaff] = Role.Admin,
        [ManageUsers] = Role.Admin,
        [DeleteUsers] = Role.Superadmin,
        [ViewAudit] = Role.Admin,
        [ViewCatalog] = Role.DeptHead,
        [ManageCatalog] = Role.ProductManager,
        [ManagePrices] = Role.Admin,
        [ManageStock] = Role.ProductManager,
        [ManagePurchases] = Role.Admin,
        [DraftPurchases] = Role.ProductManager,
        [PaySuppliers] = Role.Admin,
        [RecordWastage] = Role.ProductManager,
        [ApproveWastage] = Role.Superadmin,
        [ViewAttendanceBoard] = Role.DeptHead,
        [CorrectAttendance] = Role.DeptHead,
        [ViewAttendanceReports] = Role.DeptHead,
        [ManageKioskPins] = Role.Admin,
        [UseKiosk] = Role.Kiosk,
        [ViewProduction] = Role.DeptHead,
        [RecordProduction] = Role.ProductManager,
        // Correcting a recorded batch and entering the day's indirect costs are the Accountant's (P19).
        [EditProduction] = Role.Admin,
        [AdjustFinishedGoods] = Role.Admin,
        [CloseDay] = Role.Admin,
        [EditClosedBooks] = Role.Superadmin,
        [ViewOwnSales] = Role.Salesman,
        [ViewSales] = Role.Dispatch,
        [RecordDispatch] = Role.Dispatch,
        [RecordSettlement] = Role.Dispatch,
        [EditPastSales] = Role.Admin,
        [ManageRecipients] = Role.Admin,
        [ViewAlerts] = Role.Admin,
        [ManagePayroll] = Role.Admin,
        // DOMAIN §1.1 gives payroll to ADMIN+ with no separate approver, so the Accountant approves too.
        [ApprovePayroll] = Role.Admin,
        [ViewOwnPayslip] = Role.BasicUser,
        [ViewBooks] = Role.Admin,
        [ManageExpenses] = Role.Admin,
        [ViewReports] = Role.Admin,
        [RegenerateReports] = Role.Superadmin,
    };

    /// <summary>
    /// Permissions inherit upward, except the kiosk's: the tablet's role holds only <see cref="UseKiosk"/>, and no
    /// person's role holds that one (a signed-in clerk must not clock colleagues in by PIN).
    /// </summary>
    public static bool Allows(Role role, string permission) =>
        MinimumRole.TryGetValue(permission, out var minimum) && role != Role.None
        && (role == Role.Kiosk || permission == UseKiosk ? role == minimum : role >= minimum);
}
