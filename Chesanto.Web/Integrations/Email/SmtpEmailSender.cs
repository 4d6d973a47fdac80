using Chesanto.Domain.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Chesanto.Web.Integrations.Email;

public sealed class SmtpSettings
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>Auto: STARTTLS when the server offers it; None for a local relay; SslOnConnect for port 465.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = MimeMessages.DefaultFrom;
}

/// <summary>The real email sender: one SMTP session per message through MailKit.</summary>
public sealed class SmtpEmailSender(SmtpSettings settings, ILogger<SmtpEmailSender> log) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        await client.SendAsync(MimeMessages.From(message, settings.From), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        log.LogInformation("Email '{Subject}' sent to {To}", message.Subject, message.To);
    }
}
