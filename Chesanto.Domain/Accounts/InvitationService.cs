using Chesanto.Domain.Common;
using Chesanto.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounts;

public sealed record UserInvited(string UserId, string Email, Role Role) : IDomainEvent;

/// <summary>Invites staff by email with a temporary password (DOMAIN §1.3, Q12).</summary>
public sealed class InvitationService(IdentityScope identity, ICurrentUser currentUser, IEmailSender email,
    TimeProvider time, AppLinks links, IEventHub events)
{
    public async Task<UserInvitation> InviteAsync(string emailAddress, string fullName, Role role)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageUsers);
        emailAddress = emailAddress.Trim().ToLowerInvariant();
        if (!System.Net.Mail.MailAddress.TryCreate(emailAddress, out _)) throw new DomainException("Enter a valid email address.", "Email");
        if (fullName.Trim().Length < 2) throw new DomainException("Enter the person's full name.", "FullName");
        if (role == Role.None) throw new DomainException("Choose a role.", "Role");

        var password = TemporaryPassword.Generate();
        var invitation = await identity.RunAsync(actor, async (users, db) =>
        {
            var inviter = await users.FindByIdAsync(actor.UserId ?? "") ?? throw new PermissionDeniedException(Permissions.ManageUsers);
            if (UserProtection.WhyCannotAssign(inviter, role) is { } why) throw new DomainException(why, "Role");
            if (await users.FindByEmailAsync(emailAddress) is not null)
                throw new DomainException("A user with this email already exists.", "Email");

            var now = time.GetUtcNow();
            var user = new ApplicationUser
            {
                UserName = emailAddress, Email = emailAddress, EmailConfirmed = true, Role = role,
                IsActive = true, IsApproved = true, MustChangePassword = true, CreatedAt = now,
            };
            user.SetNameFrom(fullName);
            await using var tx = await db.Database.BeginTransactionAsync();
            (await users.CreateAsync(user, password)).ThrowIfFailed("Email");
            var invitation = new UserInvitation
            {
                Email = emailAddress, FullName = fullName.Trim(), Role = role, UserId = user.Id,
                InvitedByUserId = actor.UserId, CreatedAt = now, ExpiresAt = now + UserInvitation.Lifetime,
            };
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return invitation;
        });
        await email.SendAsync(AccountEmails.Invitation(emailAddress, invitation.FullName, role, password, invitation.ExpiresAt, links));
        await events.PublishAsync(new UserInvited(invitation.UserId, emailAddress, role));
        return invitation;
    }

    /// <summary>A new temporary password and 7 more days, for an invitation not yet used.</summary>
    public async Task ResendAsync(int invitationId)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageUsers);
        var password = TemporaryPassword.Generate();
        var invitation = await identity.RunAsync(actor, async (users, db) =>
        {
            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId)
                ?? throw new DomainException("This invitation no longer exists.");
            if (invitation.UsedAt is not null) throw new DomainException("This invitation was already used.");
            var user = await users.FindByIdAsync(invitation.UserId) ?? throw new DomainException("The invited user was deleted.");
            await using var tx = await db.Database.BeginTransactionAsync();
            (await users.RemovePasswordAsync(user)).ThrowIfFailed("Email");
            (await users.AddPasswordAsync(user, password)).ThrowIfFailed("Email");
            invitation.ExpiresAt = time.GetUtcNow() + UserInvitation.Lifetime;
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return invitation;
        });
        await email.SendAsync(AccountEmails.Invitation(invitation.Email, invitation.FullName, invitation.Role, password, invitation.ExpiresAt, links));
    }
}
