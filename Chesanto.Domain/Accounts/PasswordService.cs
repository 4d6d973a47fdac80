using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounts;

/// <summary>Password changes and resets by emailed code (DOMAIN §1.4): generic replies, rate limited.</summary>
public sealed class PasswordService(IdentityScope identity, OtpService otp, IEmailSender email, AttemptLimiter limiter,
    TimeProvider time, AuditLog audit)
{
    public const string GenericResetReply = "If an active account uses this email, a reset code is on its way.";
    public const string BadResetCode = "The code is wrong or has expired, or the email does not match. Ask for a new code.";

    /// <summary>Sends a reset code to active, approved accounts only; the reply never tells which.</summary>
    public async Task RequestResetAsync(string emailAddress, string ip)
    {
        var address = emailAddress.Trim().ToLowerInvariant();
        var window = TimeSpan.FromHours(1);
        if (!limiter.TryAcquire($"reset-ip:{ip}", 3, window) || !limiter.TryAcquire($"reset-email:{address}", 3, window))
            throw new DomainException("Too many reset requests. Try again in an hour.", "Email");
        var user = await identity.RunAsync(Actor.Anonymous, async (users, _) => await users.FindByEmailAsync(address));
        if (user is not { IsActive: true, IsApproved: true, DeletedAt: null }) return;
        try { await otp.IssueAsync(user, OtpPurpose.PasswordReset, ip); }
        catch (DomainException) { } // a cooldown must not reveal that the account exists
    }

    public async Task ResetAsync(string emailAddress, string code, string newPassword, string ip)
    {
        var address = emailAddress.Trim().ToLowerInvariant();
        if (!limiter.TryAcquire($"reset-try:{ip}", 10, TimeSpan.FromMinutes(10)))
            throw new DomainException("Too many tries. Wait 10 minutes.", "Code");
        var user = await identity.RunAsync(Actor.Anonymous, async (users, _) => await users.FindByEmailAsync(address));
        if (user is not { IsActive: true, IsApproved: true, DeletedAt: null }) throw new DomainException(BadResetCode, "Code");
        if (await otp.VerifyAsync(user.Id, OtpPurpose.PasswordReset, code) != OtpCheck.Valid) throw new DomainException(BadResetCode, "Code");
        await SetPasswordAsync(new Actor(user.Id, user.Email!, user.Role, ip), user.Id, newPassword);
    }

    /// <summary>The signed-in user's own change; also ends a forced change after an invitation.</summary>
    public async Task ChangeAsync(Actor actor, string currentPassword, string newPassword)
    {
        if (actor.UserId is null) throw new PermissionDeniedException(Permissions.SignedIn);
        if (currentPassword == newPassword) throw new DomainException("The new password must differ from the old one.", "NewPassword");
        var ok = await identity.RunAsync(actor, async (users, _) =>
            await users.FindByIdAsync(actor.UserId) is { } u && await users.CheckPasswordAsync(u, currentPassword));
        if (!ok) throw new DomainException("The current password is not right.", "OldPassword");
        await SetPasswordAsync(actor, actor.UserId, newPassword);
    }

    private async Task SetPasswordAsync(Actor actor, string userId, string newPassword)
    {
        var user = await identity.RunAsync(actor, async (users, db) =>
        {
            var user = await users.FindByIdAsync(userId) ?? throw new DomainException("This account no longer exists.");
            foreach (var validator in users.PasswordValidators)
                (await validator.ValidateAsync(users, user, newPassword)).ThrowIfFailed("NewPassword");
            await using var tx = await db.Database.BeginTransactionAsync();
            (await users.RemovePasswordAsync(user)).ThrowIfFailed("NewPassword");
            (await users.AddPasswordAsync(user, newPassword)).ThrowIfFailed("NewPassword");
            user.MustChangePassword = false;
            (await users.UpdateAsync(user)).ThrowIfFailed("NewPassword");
            await users.UpdateSecurityStampAsync(user); // signs out every other session
            var invitation = await db.Invitations.Where(i => i.UserId == user.Id && i.UsedAt == null).ToListAsync();
            invitation.ForEach(i => i.UsedAt = time.GetUtcNow());
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return user;
        });
        await audit.RecordAsync(AuditAction.PasswordChanged, user.Id, user.Email!, "Password changed", actor.IpAddress);
        await email.SendAsync(AccountEmails.PasswordChanged(user.Email!));
    }
}
