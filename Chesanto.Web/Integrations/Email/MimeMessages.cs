using Chesanto.Domain.Notifications;
using MimeKit;

namespace Chesanto.Web.Integrations.Email;

internal static class MimeMessages
{
    public const string DefaultFrom = "Chesanto Bakers <no-reply@chesanto.local>";

    public static MimeMessage From(EmailMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
