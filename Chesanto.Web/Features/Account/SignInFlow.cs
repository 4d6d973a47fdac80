using System.Security.Claims;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Chesanto.Web.Features.Account;

/// <summary>The last steps of every sign-in, shared by the password and email-code pages.</summary>
public static class SignInFlow
{
    /// <summary>Parks a password-checked user until they type the emailed code.</summary>
    public static Task AwaitCodeAsync(HttpContext http, ApplicationUser user, bool remember) =>
        http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Id), new Claim("remember", remember ? "1" : "0")], IdentityConstants.TwoFactorUserIdScheme)));

    public static async Task<bool> RememberRequestedAsync(HttpContext http) =>
        (await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme)).Principal?.FindFirst("remember")?.Value == "1";

    public static async Task CompleteAsync(HttpContext http, SignInManager<ApplicationUser> signIn, AuditLog audit,
        TimeProvider time, ApplicationUser user, bool remember)
    {
        user.LastPasswordLogin = time.GetUtcNow();
        await signIn.UserManager.UpdateAsync(user);
        await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInAsync(user, isPersistent: remember);
        await audit.RecordAsync(AuditAction.Login, user.Id, user.Email!, "Signed in", IpOf(http));
    }

    public static string IpOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
