using System.Security.Claims;
using Chesanto.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Chesanto.Web.Hosting;

public static class ChesantoClaims
{
    /// <summary>Present while an invitee still has to replace the temporary password.</summary>
    public const string MustChangePassword = "chesanto:must_change_password";
    public const string FullName = "chesanto:full_name";
    /// <summary>The only policy open to someone who must still change the password.</summary>
    public const string PasswordChangePolicy = "PasswordChange";

    public static Role RoleOf(ClaimsPrincipal user) => RoleNames.FromCode(user.FindFirstValue(ClaimTypes.Role));

    /// <summary>Every permission of <see cref="Permissions"/> becomes a policy of the same name.</summary>
    public static void AddChesantoAuthorization(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var (permission, _) in Permissions.MinimumRole)
            builder.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireAssertion(ctx =>
                ctx.User.FindFirst(MustChangePassword) is null && Permissions.Allows(RoleOf(ctx.User), permission)));
        builder.AddPolicy(PasswordChangePolicy, p => p.RequireAuthenticatedUser());
    }
}

/// <summary>Puts the role, the full name and the forced-password-change flag into the sign-in cookie.</summary>
public sealed class ChesantoClaimsFactory(UserManager<ApplicationUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.Code()));
        identity.AddClaim(new Claim(ChesantoClaims.FullName, user.FullName));
        if (user.MustChangePassword) identity.AddClaim(new Claim(ChesantoClaims.MustChangePassword, "true"));
        return identity;
    }
}
