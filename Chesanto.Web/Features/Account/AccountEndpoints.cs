using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Chesanto.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (HttpContext http, SignInManager<ApplicationUser> signIn, AuditLog audit, [FromForm] string? returnUrl) =>
        {
            var user = await signIn.UserManager.GetUserAsync(http.User);
            await signIn.SignOutAsync();
            if (user is not null) await audit.RecordAsync(AuditAction.Logout, user.Id, user.Email!, "Signed out", SignInFlow.IpOf(http));
            return TypedResults.LocalRedirect("~/Account/Login");
        });
    }
}
