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
    public const string ManagePurchases = "ManagePurchases";
    public const string RecordWastage = "RecordWastage";
    public const string ApproveWastage = "ApproveWastage";
    public const string ViewProduction = "ViewProduction";
    public const string RecordProduction = "RecordProduction";
    public const string EditProduction = "EditProduction";
    public const string AdjustFinishedGoods = "AdjustFinishedGoods";
    public const string CloseDay = "CloseDay";
    public const string EditClosedBooks = "EditClosedBooks";

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
        [RecordWastage] = Role.ProductManager,
        [ApproveWastage] = Role.Superadmin,
        [ViewProduction] = Role.DeptHead,
        [RecordProduction] = Role.ProductManager,
        // Correcting a recorded batch and entering the day's indirect costs are the Accountant's (P19).
        [EditProduction] = Role.Admin,
        [AdjustFinishedGoods] = Role.Admin,
        [CloseDay] = Role.Admin,
        [EditClosedBooks] = Role.Superadmin,
    };

    public static bool Allows(Role role, string permission) =>
        MinimumRole.TryGetValue(permission, out var minimum) && role >= minimum && role != Role.None;
}
