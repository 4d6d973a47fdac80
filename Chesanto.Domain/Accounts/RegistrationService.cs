using Chesanto.Domain.Common;
using Chesanto.Domain.Notifications;
using Chesanto.Domain.People;

namespace Chesanto.Domain.Accounts;

public sealed record Registration(string Email, string Password, string FirstName, string LastName, string Mobile);

/// <summary>Self-registration: an inactive BASIC_USER that waits for an administrator (DOMAIN §1.3).</summary>
public sealed class RegistrationService(IdentityScope identity, IEmailSender email, TimeProvider time, IEventHub events)
{
    public async Task<string> RegisterAsync(Registration r)
    {
        var address = r.Email.Trim().ToLowerInvariant();
        if (!System.Net.Mail.MailAddress.TryCreate(address, out _)) throw new DomainException("Enter a valid email address.", nameof(r.Email));
        if (string.IsNullOrWhiteSpace(r.FirstName)) throw new DomainException("Enter your first name.", nameof(r.FirstName));
        if (string.IsNullOrWhiteSpace(r.LastName)) throw new DomainException("Enter your last name.", nameof(r.LastName));
        var mobile = KenyanPhone.Normalize(r.Mobile) ?? throw new DomainException(KenyanPhone.Hint, nameof(r.Mobile));

        var user = await identity.RunAsync(Actor.Anonymous, async (users, _) =>
        {
            if (await users.FindByEmailAsync(address) is not null)
                throw new DomainException("An account with this email already exists. Sign in or reset your password.", nameof(r.Email));
            var user = new ApplicationUser
            {
                UserName = address, Email = address, FirstName = r.FirstName.Trim(), LastName = r.LastName.Trim(),
                PhoneNumber = mobile, Role = Role.BasicUser, IsActive = false, IsApproved = false, CreatedAt = time.GetUtcNow(),
            };
            (await users.CreateAsync(user, r.Password)).ThrowIfFailed(nameof(r.Password));
            return user;
        });
        await email.SendAsync(AccountEmails.PendingApproval(address, user.FirstName));
        await events.PublishAsync(new UsersChanged(user.Id));
        return user.Id;
    }
}
