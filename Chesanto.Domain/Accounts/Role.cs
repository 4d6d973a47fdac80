namespace Chesanto.Domain.Accounts;

/// <summary>The bakery's roles; the value is the level. Permissions inherit upward (DOMAIN §1.1).</summary>
public enum Role
{
    None = 0,
    /// <summary>A shared tablet at the door: clock-in by staff number + PIN and nothing else (below every person's role).</summary>
    Kiosk = 5,
    BasicUser = 10,
    Security = 20,
    Salesman = 30,
    Dispatch = 40,
    DeptHead = 60,
    ProductManager = 70,
    Admin = 90,
    Superadmin = 100,
}

public static class RoleNames
{
    public static string Code(this Role role) => role switch
    {
        Role.Kiosk => "KIOSK",
        Role.BasicUser => "BASIC_USER",
        Role.Security => "SECURITY",
        Role.Salesman => "SALESMAN",
        Role.Dispatch => "DISPATCH",
        Role.DeptHead => "DEPT_HEAD",
        Role.ProductManager => "PRODUCT_MANAGER",
        Role.Admin => "ADMIN",
        Role.Superadmin => "SUPERADMIN",
        _ => "NONE",
    };

    public static string Title(this Role role) => role switch
    {
        Role.Kiosk => "Door kiosk (tablet)",
        Role.BasicUser => "Awaiting approval",
        Role.Security => "Gate man",
        Role.Salesman => "Sales Rep",
        Role.Dispatch => "Dispatch Officer",
        Role.DeptHead => "Department Head",
        Role.ProductManager => "Production Manager",
        Role.Admin => "Accountant",
        Role.Superadmin => "CEO / Superadmin",
        _ => "None",
    };

    public static Role FromCode(string? code) =>
        Enum.GetValues<Role>().FirstOrDefault(r => r.Code() == code);

    public static IReadOnlyList<Role> Assignable { get; } =
        Enum.GetValues<Role>().Where(r => r != Role.None).OrderByDescending(r => r).ToArray();
}
