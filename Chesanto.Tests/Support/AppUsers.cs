using System.Text.RegularExpressions;
using Chesanto.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Support;

/// <summary>Users for tests that drive the running app.</summary>
public static partial class AppUsers
{
    public static async Task<ApplicationUser> CreateAsync(AppHost app, string email, Role role, string password, bool recentLogin)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FirstName = "Test", LastName = role.Title(),
            Role = role, IsActive = true, IsApproved = true, CreatedAt = DateTimeOffset.UtcNow,
            LastPasswordLogin = recentLogin ? DateTimeOffset.UtcNow : null,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>Posts the static sign-in form like a browser would (antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> SignInOverHttpAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login",
            ["Input.Email"] = email, ["Input.Password"] = password,
        }));
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Sign-in of {email} answered {response.StatusCode}.");
        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
