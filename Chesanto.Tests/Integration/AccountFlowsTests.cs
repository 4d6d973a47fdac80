using System.Net;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class AccountFlowsTests(AppHost app)
{
    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_for_ten_minutes_even_against_the_right_one()
    {
        var user = await AppUsers.CreateAsync(app, "locked@chesanto.test", Role.Dispatch, "crates out crates in", recentLogin: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
            for (var i = 0; i < 10; i++)
                await signIn.CheckPasswordSignInAsync((await signIn.UserManager.FindByIdAsync(user.Id))!, "wrong guess", lockoutOnFailure: true);
        }

        using var client = app.NewClient();
        var response = await AppUsers.PostLoginAsync(client, "locked@chesanto.test", "crates out crates in");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account is locked", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_self_registered_user_waits_for_approval_and_cannot_sign_in_until_then()
    {
        using var client = app.NewClient();
        var response = await AppUsers.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.FirstName"] = "Grace", ["Input.LastName"] = "Atieno", ["Input.Email"] = "grace@chesanto.test",
            ["Input.Mobile"] = "0722 000 111", ["Input.Password"] = "scones with tea", ["Input.ConfirmPassword"] = "scones with tea",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = response.Headers.Location!.ToString();
        Assert.Matches("/Account/Confirmation/[0-9a-f-]{36}$", confirmation);
        Assert.Contains("Waiting for approval", await client.GetStringAsync(confirmation));
        await app.WaitForMailAsync("grace@chesanto.test", "waiting for approval");

        var login = await AppUsers.PostLoginAsync(client, "grace@chesanto.test", "scones with tea");
        Assert.Equal(confirmation, login.Headers.Location!.ToString());
        await using var scope = app.Services.CreateAsyncScope();
        var grace = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("grace@chesanto.test");
        Assert.Equal((Role.BasicUser, false, false, "+254722000111"), (grace!.Role, grace.IsActive, grace.IsApproved, grace.PhoneNumber));
    }

    [Fact]
    public async Task A_registration_with_a_bad_mobile_is_refused_at_the_field_and_creates_nothing()
    {
        using var client = app.NewClient();
        var response = await AppUsers.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.FirstName"] = "Tom", ["Input.LastName"] = "Kip", ["Input.Email"] = "tom@chesanto.test",
            ["Input.Mobile"] = "020 123", ["Input.Password"] = "scones with tea", ["Input.ConfirmPassword"] = "scones with tea",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("validation-message\">Enter a Kenyan mobile number", html);
        Assert.Contains("value=\"tom@chesanto.test\"", html);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("tom@chesanto.test"));
    }
}
