using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounts;

public enum SignInBlock { None, Inactive, AwaitingApproval, InvitationExpired, Deleted }

/// <summary>What a correct password still does not unlock (DOMAIN §1.3–1.4).</summary>
public sealed class SignInRules(IDbContextFactory<ChesantoDbContext> dbs, TimeProvider time)
{
    public static readonly TimeSpan PasswordOnlyWindow = TimeSpan.FromHours(24);

    public async Task<SignInBlock> CheckAsync(ApplicationUser user)
    {
        if (user.DeletedAt is not null) return SignInBlock.Deleted;
        if (!user.IsApproved) return SignInBlock.AwaitingApproval;
        if (!user.IsActive) return SignInBlock.Inactive;
        if (user.MustChangePassword)
        {
            await using var db = await dbs.CreateDbContextAsync();
            var now = time.GetUtcNow();
            var open = await db.Invitations.Where(i => i.UserId == user.Id && i.UsedAt == null).ToListAsync();
            if (open.Count > 0 && open.All(i => i.IsExpired(now))) return SignInBlock.InvitationExpired;
        }
        return SignInBlock.None;
    }

    /// <summary>
    /// An email code is asked when the last password sign-in is older than 24 h. An invitee's first
    /// sign-in is exempt: the temporary password itself came by email.
    /// </summary>
    public bool RequiresEmailCode(ApplicationUser user) =>
        !user.MustChangePassword && (user.LastPasswordLogin is not { } last || time.GetUtcNow() - last >= PasswordOnlyWindow);

    public static string Message(SignInBlock block) => block switch
    {
        SignInBlock.Inactive => "This account is deactivated. Ask the administrator.",
        SignInBlock.AwaitingApproval => "This account is waiting for approval.",
        SignInBlock.InvitationExpired => "Your invitation has expired. Ask the administrator to send a new one.",
        SignInBlock.Deleted => "Invalid email or password.",
        _ => "",
    };
}
