namespace Chesanto.Domain.Notifications;

public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends email. Production: SMTP; development: .eml files in a pickup folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
