using System.Net;
using System.Net.Sockets;
using Chesanto.Domain.Notifications;
using Chesanto.Web.Integrations.Email;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using netDumbster.smtp;

namespace Chesanto.Tests.Integration;

public sealed class SmtpEmailSenderTests
{
    [Fact]
    public async Task The_smtp_sender_delivers_the_message_to_a_real_smtp_server()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var server = SimpleSmtpServer.Start(port);
        var sender = new SmtpEmailSender(new SmtpSettings { Host = "127.0.0.1", Port = port, Security = SecureSocketOptions.None },
            NullLogger<SmtpEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage("jane@chesanto.test", "Your Chesanto sign-in code", "Your code is 123456"));

        var received = Assert.Single(server.ReceivedEmail);
        var mime = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data)));
        Assert.Equal("jane@chesanto.test", mime.To.Mailboxes.Single().Address);
        Assert.Equal("no-reply@chesanto.local", mime.From.Mailboxes.Single().Address);
        Assert.Equal("Your Chesanto sign-in code", mime.Subject);
        Assert.Contains("Your code is 123456", mime.TextBody);
    }
}
