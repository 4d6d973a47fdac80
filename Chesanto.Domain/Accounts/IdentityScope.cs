using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Domain.Accounts;

/// <summary>
/// Runs one account operation with its own short-lived UserManager and context (a Blazor circuit
/// must not hold one for hours), naming the acting user in the audit log.
/// </summary>
public sealed class IdentityScope(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<T>(Actor actor, Func<UserManager<ApplicationUser>, ChesantoDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChesantoDbContext>();
        db.Actor = actor;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await work(users, db);
    }
}

public static class IdentityResults
{
    /// <summary>Turns Identity's refusal into a field message.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string field)
    {
        if (!result.Succeeded) throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)), field);
    }
}
