using Chesanto.Domain.Notifications;

namespace Chesanto.Domain.Accounts;

/// <summary>Where the app is reached from outside, for links in emails.</summary>
public sealed class AppLinks
{
    public string BaseUrl { get; set; } = "http://localhost:5000";
    public string To(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}

/// <summary>The account emails, in the bakery's plain words.</summary>
public static class AccountEmails
{
    public static EmailMessage Invitation(string email, string name, Role role, string password, DateTimeOffset expires, AppLinks links) => new(
        email, "You are invited to Chesanto",
        $"""
        Hello {name},

        You have been given a {role.Title()} account on Chesanto, the bakery's system.

        Sign in at: {links.To("Account/Login")}
        Email: {email}
        Temporary password: {password}

        You will choose your own password when you first sign in.
        This invitation expires on {expires:dd MMM yyyy HH:mm} UTC.
        """);

    public static EmailMessage Code(string email, string code, OtpPurpose purpose, TimeSpan lifetime) => new(
        email, purpose == OtpPurpose.Login ? "Your Chesanto sign-in code" : "Your Chesanto password reset code",
        $"""
        Your code is {code}

        It is valid for {lifetime.TotalMinutes:0} minutes and can be used once.
        If you did not ask for it, ignore this email and tell the administrator.
        """);

    public static EmailMessage PendingApproval(string email, string name) => new(
        email, "Your Chesanto account is waiting for approval",
        $"Hello {name},\n\nThank you for registering. An administrator will approve your account; we will email you when it is active.");

    public static EmailMessage Activated(string email, string name, AppLinks links) => new(
        email, "Your Chesanto account is active",
        $"Hello {name},\n\nYour account has been approved. Sign in at {links.To("Account/Login")}.");

    public static EmailMessage PasswordChanged(string email) => new(
        email, "Your Chesanto password was changed",
        "Your password was just changed and every other session was signed out. If this was not you, tell the administrator at once.");
}
