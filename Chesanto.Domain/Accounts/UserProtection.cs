namespace Chesanto.Domain.Accounts;

/// <summary>
/// Who may manage whom (DOMAIN §1.1–1.2, Q15). Each rule returns null when allowed, or the reason it is not.
/// </summary>
public static class UserProtection
{
    public static string? WhyCannotEdit(ApplicationUser actor, ApplicationUser target)
    {
        if (actor.Id == target.Id) return null;
        if (target.IsPrimarySuperadmin) return "Only the primary superadmin may edit the primary superadmin.";
        if (target.Role == Role.Superadmin && !actor.IsPrimarySuperadmin)
            return "Superadmins cannot edit each other; only the primary superadmin may.";
        if (actor.Role == Role.Superadmin) return null;
        if (actor.Role == Role.Admin && target.Role < Role.Admin) return null;
        return actor.Role == Role.Admin
            ? "Accountants manage users below Accountant only."
            : "You may only edit your own account.";
    }

    public static string? WhyCannotDelete(ApplicationUser actor, ApplicationUser target)
    {
        if (actor.Id == target.Id) return "You cannot delete your own account.";
        if (actor.Role != Role.Superadmin) return "Only a superadmin may delete users.";
        if (target.IsPrimarySuperadmin) return "Nobody may delete the primary superadmin.";
        if (target.Role == Role.Superadmin && !actor.IsPrimarySuperadmin)
            return "Superadmins cannot delete each other; only the primary superadmin may.";
        return null;
    }

    /// <summary>Accountants hand out roles below their own, except Production Manager and Department Head.</summary>
    public static string? WhyCannotAssign(ApplicationUser actor, Role role) => actor.Role switch
    {
        Role.Superadmin => null,
        Role.Admin when role is Role.ProductManager or Role.DeptHead =>
            $"Only a superadmin may make someone {role.Title()}.",
        Role.Admin when role < Role.Admin => null,
        Role.Admin => "Accountants may only give roles below Accountant.",
        _ => "You may not assign roles.",
    };

    public static string? WhyCannotChangeRole(ApplicationUser actor, ApplicationUser target, Role role)
    {
        if (actor.Id == target.Id) return "You cannot change your own role.";
        if (target.Role == Role.Superadmin && actor.Role == Role.Superadmin && !actor.IsPrimarySuperadmin)
            return "A superadmin's role is read-only to other superadmins.";
        return WhyCannotEdit(actor, target) ?? WhyCannotAssign(actor, target.Role) ?? WhyCannotAssign(actor, role);
    }
}
