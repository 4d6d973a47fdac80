using Chesanto.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounts;

/// <summary>
/// Moves the primary-superadmin mark (DOMAIN §1.2): only from the console, only onto an active
/// superadmin, and the old holder loses it in the same transaction.
/// </summary>
public sealed class PrimarySuperadmin(IdentityScope identity)
{
    public Task TransferAsync(string email) => identity.RunAsync(Actor.System, async (users, db) =>
    {
        var target = await users.FindByEmailAsync(email.Trim())
            ?? throw new DomainException($"No user has the email {email}.", "Email");
        if (target is not { Role: Role.Superadmin, IsActive: true, DeletedAt: null })
            throw new DomainException("Only an active superadmin can be the primary superadmin.", "Email");
        await using var tx = await db.Database.BeginTransactionAsync();
        foreach (var holder in await db.Users.Where(u => u.IsPrimarySuperadmin && u.Id != target.Id).ToListAsync())
            holder.IsPrimarySuperadmin = false;
        target.IsPrimarySuperadmin = true;
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return true;
    });
}
