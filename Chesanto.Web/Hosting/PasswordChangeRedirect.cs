using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Chesanto.Web.Hosting;

/// <summary>
/// Someone who still has to replace a temporary password is sent to do so from any page they try,
/// instead of being told "not allowed".
/// </summary>
public sealed class PasswordChangeRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && context.User.HasClaim(c => c.Type == ChesantoClaims.MustChangePassword))
        {
            context.Response.Redirect("/Account/ChangePassword");
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, result);
    }
}
