using Chesanto.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounts;

public sealed record AdminLogin(string Email, string Password);

/// <summary>
/// Creates the primary superadmin on first run (DOMAIN §1.2): from CHESANTO_ADMIN_EMAIL/PASSWORD when
/// given, otherwise admin@chesanto.local with a generated password. Idempotent: an existing account is left alone.
/// </summary>
public sealed class AdminBootstrap(IdentityScope identity, TimeProvider time)
{
    public const string DefaultEmail = "admin@chesanto.local";

    /// <summary>Returns the login it created, or null when the account already existed.</summary>
    public async Task<AdminLogin?> EnsureAsync(string? email, string? password)
    {
        email = string.IsNullOrWhiteSpace(email) ? DefaultEmail : email.Trim().ToLowerInvariant();
        return await identity.RunAsync(Actor.System, async (users, db) =>
        {
            if (await users.FindByEmailAsync(email) is not null) return null;
            var hasPrimary = await db.Users.AnyAsync(u => u.IsPrimarySuperadmin);
            var login = new AdminLogin(email, string.IsNullOrEmpty(password) ? TemporaryPassword.Generate(16) : password);
            var now = time.GetUtcNow();
            var user = new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FirstName = "Chesanto", LastName = "Administrator",
                Role = Role.Superadmin, IsActive = true, IsApproved = true, IsPrimarySuperadmin = !hasPrimary,
                // The operator at the console is trusted for the first day; after that the email code applies.
                LastPasswordLogin = now, CreatedAt = now,
            };
            (await users.CreateAsync(user, login.Password)).ThrowIfFailed("Password");
            return login;
        });
    }
}
