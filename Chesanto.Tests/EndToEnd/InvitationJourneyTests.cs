using System.Text.RegularExpressions;
using Chesanto.Tests.Support;
using Microsoft.Playwright;

namespace Chesanto.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class InvitationJourneyTests(AppHost app)
{
    [Fact]
    public async Task The_ceo_invites_an_accountant_who_reads_the_email_changes_the_password_and_lands_on_the_dashboard()
    {
        var ceo = await app.NewPageAsync();
        await ceo.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await ceo.WaitForURLAsync(app.BaseUrl + "/");
        await ceo.GotoAsync("/admin/users");
        await ceo.WaitForCircuitAsync();
        await ceo.ClickAsync("button.invite");
        await ceo.FillAsync(".invite-email input", "mary.accounts@chesanto.test");
        await ceo.FillAsync(".invite-name input", "Mary Wambui Njoroge");
        await ceo.ClickAsync(".invite-role");
        await ceo.ClickAsync(".mud-popover-open .mud-list-item:has-text('Accountant')");
        await ceo.ScreenshotAsync("invite-dialog");
        await ceo.ClickAsync("button.send-invitation");
        await ceo.WaitForSelectorAsync("text=mary.accounts@chesanto.test");
        await ceo.ScreenshotAsync("users-after-invite");

        var mail = await app.WaitForMailAsync("mary.accounts@chesanto.test", "invited");
        var temporary = Regex.Match(mail.TextBody ?? "", @"Temporary password: (\S+)").Groups[1].Value;

        var mary = await app.NewPageAsync(390, 844);
        await mary.SignInAsync("mary.accounts@chesanto.test", temporary);
        await mary.WaitForURLAsync("**/Account/ChangePassword");
        await mary.ScreenshotAsync("forced-password-change-phone");
        await mary.GotoAsync("/admin/audit");
        await mary.WaitForURLAsync("**/Account/ChangePassword");
        await mary.FillAsync("#old", temporary);
        await mary.FillAsync("#new", "mandazi money counted");
        await mary.FillAsync("#confirm", "mandazi money counted");
        await mary.ClickAsync("button[type=submit]");
        await mary.WaitForURLAsync(app.BaseUrl + "/");
        await mary.WaitForCircuitAsync();
        Assert.Contains("Karibu", await mary.InnerTextAsync("h1"));
        Assert.Contains("Accountant", await mary.InnerTextAsync(".app-user-role"));
        await mary.ScreenshotAsync("accountant-dashboard-phone");
        Assert.Equal("Your Chesanto password was changed", (await app.WaitForMailAsync("mary.accounts@chesanto.test", "password was changed")).Subject);
    }

    [Fact]
    public async Task After_a_day_away_the_sign_in_asks_for_the_emailed_code()
    {
        await AppUsers.CreateAsync(app, "peter.production@chesanto.test", Chesanto.Domain.Accounts.Role.ProductManager, "flour and water and salt", recentLogin: false);
        var page = await app.NewPageAsync();
        await page.SignInAsync("peter.production@chesanto.test", "flour and water and salt");
        await page.WaitForURLAsync("**/Account/LoginCode**");
        await page.FillAsync("#code", "000000");
        await page.ClickAsync("form[method=post] button[type=submit] >> nth=0");
        var code = Regex.Match((await app.WaitForMailAsync("peter.production@chesanto.test", "sign-in code")).TextBody ?? "", @"\b(\d{6})\b").Groups[1].Value;
        if (code != "000000") Assert.Contains("not right", await page.InnerTextAsync(".validation-message"));
        await page.FillAsync("#code", code);
        await page.ClickAsync("form[method=post] button[type=submit] >> nth=0");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        Assert.Contains("Production Manager", await page.InnerTextAsync(".app-user-role"));
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_telling_whether_the_email_exists()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(AppHost.AdminEmail, "not the password at all");
        Assert.Equal("Invalid email or password.", await page.InnerTextAsync(".account-error"));
        await page.SignInAsync("nobody-here@chesanto.test", "not the password at all");
        Assert.Equal("Invalid email or password.", await page.InnerTextAsync(".account-error"));
        await page.ScreenshotAsync("login-error");
    }
}
