using Chesanto.Domain.Accounts;

namespace Chesanto.Web.Features.Accounts;

/// <summary>
/// Which actions a row of the users page offers: the domain's <see cref="UserProtection"/> rules applied
/// to the acting user, so nobody is shown a button the service would refuse. The service checks again.
/// </summary>
public static class UserRules
{
    public static bool CanEdit(ApplicationUser actor, UserSummary user) => UserProtection.WhyCannotEdit(actor, Target(user)) is null;

    public static bool CanDelete(ApplicationUser actor, UserSummary user) => UserProtection.WhyCannotDelete(actor, Target(user)) is null;

    /// <summary>The roles this actor may give a new or newly approved person (never "awaiting approval").</summary>
    public static IReadOnlyList<Role> RolesToGive(ApplicationUser actor) =>
        RoleNames.Assignable.Where(r => r != Role.BasicUser && UserProtection.WhyCannotAssign(actor, r) is null).ToList();

    /// <summary>The roles this user may be moved to, their current one included; empty when the role is read-only.</summary>
    public static IReadOnlyList<Role> RolesToChangeTo(ApplicationUser actor, UserSummary user)
    {
        var target = Target(user);
        var others = RoleNames.Assignable
            .Where(r => r != user.Role && r != Role.BasicUser && UserProtection.WhyCannotChangeRole(actor, target, r) is null).ToList();
        return others.Count == 0 ? [] : others.Append(user.Role).OrderByDescending(r => r).ToList();
    }

    /// <summary>How a role reads in a select; no choice yet reads as nothing.</summary>
    public static string RoleText(Role role) => role == Role.None ? "" : role.Title();

    /// <summary>The protection rules read only the id, role and primary flag of the person acted on.</summary>
    private static ApplicationUser Target(UserSummary user) =>
        new() { Id = user.Id, Role = user.Role, IsPrimarySuperadmin = user.IsPrimarySuperadmin };
}
