using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounts;

public sealed record UserSummary(string Id, string Email, string FullName, Role Role, bool IsActive, bool IsApproved,
    bool IsPrimarySuperadmin, bool MustChangePassword, DateTimeOffset? LastPasswordLogin, DateTimeOffset CreatedAt,
    int? PendingInvitationId, DateTimeOffset? InvitationExpiresAt);

public sealed record UsersChanged(string UserId) : IDomainEvent;

/// <summary>Approving, role changes, activation and deletion of users, under the protection rules of §1.2.</summary>
public sealed class UserAdministration(IdentityScope identity, ICurrentUser currentUser, IEmailSender email,
    AppLinks links, TimeProvider time, AuditLog audit, IEventHub events)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(bool pendingOnly = false)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageUsers);
        return await identity.RunAsync(actor, async (_, db) =>
        {
            var users = db.Users.AsNoTracking().Where(u => u.DeletedAt == null);
            if (pendingOnly) users = users.Where(u => !u.IsApproved);
            var rows = await users.OrderBy(u => u.FirstName).ThenBy(u => u.LastName)
                .Select(u => new { User = u, Invitation = db.Invitations.Where(i => i.UserId == u.Id && i.UsedAt == null).OrderByDescending(i => i.Id).FirstOrDefault() })
                .ToListAsync();
            return (IReadOnlyList<UserSummary>)rows.Select(r => new UserSummary(r.User.Id, r.User.Email!, r.User.FullName, r.User.Role,
                r.User.IsActive, r.User.IsApproved, r.User.IsPrimarySuperadmin, r.User.MustChangePassword, r.User.LastPasswordLogin,
                r.User.CreatedAt, r.Invitation?.Id, r.Invitation?.ExpiresAt)).ToList();
        });
    }

    public async Task<int> CountPendingApprovalAsync()
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageUsers);
        return await identity.RunAsync(actor, (_, db) => db.Users.CountAsync(u => !u.IsApproved && u.DeletedAt == null));
    }

    /// <summary>Approves a self-registered user with the role they will work in, and emails them.</summary>
    public Task ApproveAsync(string userId, Role role) => ChangeAsync(userId, async (actorUser, user, users) =>
    {
        if (role == Role.BasicUser || role == Role.None) throw new DomainException("Choose the role this person will work in.", "Role");
        if (UserProtection.WhyCannotAssign(actorUser, role) is { } why) throw new DomainException(why, "Role");
        user.Role = role;
        user.IsApproved = true;
        user.IsActive = true;
        (await users.UpdateAsync(user)).ThrowIfFailed("Role");
        await email.SendAsync(AccountEmails.Activated(user.Email!, user.FirstName, links));
    });

    public Task ChangeRoleAsync(string userId, Role role) => ChangeAsync(userId, async (actorUser, user, users) =>
    {
        if (UserProtection.WhyCannotChangeRole(actorUser, user, role) is { } why) throw new DomainException(why, "Role");
        var old = user.Role;
        user.Role = role;
        (await users.UpdateAsync(user)).ThrowIfFailed("Role");
        await users.UpdateSecurityStampAsync(user); // the new role applies at once, in every open session
        await audit.RecordAsync(AuditAction.RoleChanged, user.Id, user.Email!, $"Role changed from {old.Code()} to {role.Code()} by {actorUser.Email}");
    });

    public Task SetActiveAsync(string userId, bool active) => ChangeAsync(userId, async (actorUser, user, users) =>
    {
        if (!active && actorUser.Id == user.Id) throw new DomainException("You cannot deactivate your own account.");
        if (UserProtection.WhyCannotEdit(actorUser, user) is { } why) throw new DomainException(why);
        var wasActive = user.IsActive;
        user.IsActive = active;
        (await users.UpdateAsync(user)).ThrowIfFailed("IsActive");
        if (!active) await users.UpdateSecurityStampAsync(user);
        if (active && !wasActive) await email.SendAsync(AccountEmails.Activated(user.Email!, user.FirstName, links));
    });

    /// <summary>Deletion keeps the row (history is never destroyed); the account can no longer sign in.</summary>
    public Task DeleteAsync(string userId) => ChangeAsync(userId, async (actorUser, user, users) =>
    {
        if (UserProtection.WhyCannotDelete(actorUser, user) is { } why) throw new DomainException(why);
        user.DeletedAt = time.GetUtcNow();
        user.IsActive = false;
        (await users.UpdateAsync(user)).ThrowIfFailed("User");
        await users.UpdateSecurityStampAsync(user);
    });

    private async Task ChangeAsync(string userId, Func<ApplicationUser, ApplicationUser, UserManager<ApplicationUser>, Task> change)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageUsers);
        await identity.RunAsync(actor, async (users, _) =>
        {
            var actorUser = await users.FindByIdAsync(actor.UserId ?? "") ?? throw new PermissionDeniedException(Permissions.ManageUsers);
            var user = await users.FindByIdAsync(userId);
            if (user is null || user.DeletedAt is not null) throw new DomainException("This user no longer exists.");
            await change(actorUser, user, users);
            return true;
        });
        await events.PublishAsync(new UsersChanged(userId));
    }
}
