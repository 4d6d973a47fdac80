using Chesanto.Domain.Notifications;

namespace Chesanto.Web.Integrations.Email;

public sealed record PickupFolderSettings(string Folder);

/// <summary>
/// DEVELOPMENT DEFAULT, sends nothing: writes each message as an .eml file (open it in any mail
/// program) and logs its path. Configure Email:Smtp:Host to send real email.
/// </summary>
public sealed class PickupFolderEmailSender(PickupFolderSettings settings, IWebHostEnvironment env, ILogger<PickupFolderEmailSender> log) : IEmailSender
{
    private readonly string _folder = Path.GetFullPath(settings.Folder, env.ContentRootPath);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid().ToString("N")[..8]}.eml");
        await MimeMessages.From(message, MimeMessages.DefaultFrom).WriteToAsync(path, cancellationToken);
        log.LogWarning("Email not sent (development pickup folder): '{Subject}' to {To} written to {Path}", message.Subject, message.To, path);
    }
}
