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

    /// <summary>A new user of this role, signed in over HTTP on a fresh client (no code asked: the last sign-in is recent).</summary>
    public static async Task<HttpClient> SignedInClientAsync(AppHost app, Role role)
    {
        const string password = "signed-in test password";
        var email = $"{role.Code().ToLowerInvariant()}-{Guid.NewGuid():N}@chesanto.test";
        await CreateAsync(app, email, role, password, recentLogin: true);
        var client = app.NewClient();
        await SignInOverHttpAsync(client, email, password);
        return client;
    }

    /// <summary>Signs the client in; fails unless the sign-in page redirects onward.</summary>
    public static async Task<HttpResponseMessage> SignInOverHttpAsync(HttpClient client, string email, string password)
    {
        var response = await PostLoginAsync(client, email, password);
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Sign-in of {email} answered {response.StatusCode}.");
        return response;
    }

    public static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password) =>
        PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Posts a static form like a browser would: fetches the page for its antiforgery token first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value;
        fields["_handler"] = formName;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
