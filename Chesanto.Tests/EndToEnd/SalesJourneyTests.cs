using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Support;
using Microsoft.Playwright;

namespace Chesanto.Tests.EndToEnd;

/// <summary>
/// A dispatch clerk's day with Mike in a real browser: goods out in the morning, the evening settlement short, and the
/// accountant finding the deficit among her alerts and following it to the settlement.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SalesJourneyTests(AppHost app)
{
    [Fact]
    public async Task The_clerk_dispatches_to_mike_settles_him_short_and_the_accountant_is_alerted_to_the_deficit()
    {
        var mike = await SalesSeed.RecipientWithStockAsync(app, "Mike", RecipientKind.CommissionAgent, PriceChannel.Sales);
        var products = await SalesSeed.ProductsAsync(app);
        const string password = "dispatch journey password";
        var email = $"dispatch-{Guid.NewGuid():N}@chesanto.test";
        await AppUsers.CreateAsync(app, email, Role.Dispatch, password, recentLogin: true);
        var page = await app.NewPageAsync(390, 844);
        await page.SignInAsync(email, password);
        await page.WaitForURLAsync(app.BaseUrl + "/");

        await page.GotoAsync("/sales/dispatch");
        await page.WaitForCircuitAsync();
        await page.ClickAsync("#dispatch-form .field-RecipientId");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('Mike')");
        await page.FillAsync($"#dispatch-form .packets-{products["Bread"]}-Regular input", "240");
        await page.FillAsync($"#dispatch-form .packets-{products["KDF"]}-Regular input", "144");
        await page.FillAsync($"#dispatch-form .packets-{products["Scones"]}-Regular input", "36");
        await page.FillAsync("#dispatch-form .field-Crates input", "10");
        await page.ClickAsync("#dispatch-form .save-dispatch");
        var row = page.Locator("#dispatch-table tr.dispatch-row", new() { HasText = "Mike" });
        await page.WaitForSelectorAsync("#dispatch-table tr.dispatch-row:has-text('Mike'), .dispatch-refused");
        Assert.Equal(0, await page.Locator(".dispatch-refused").CountAsync());
        Assert.Contains("30,600.00", await row.InnerTextAsync());
        await page.ScreenshotAsync("phone-sales-dispatched");

        await page.GotoAsync("/sales/settle");
        await page.WaitForCircuitAsync();
        await page.ClickAsync(".field-RecipientId");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('Mike')");
        await page.WaitForSelectorAsync("#settle-form");
        Assert.EndsWith($"/sales/settle/{mike}/", page.Url[..^10]);
        await page.FillAsync($".settle-line-{products["Bread"]}-Regular-Sales .returned input", "127");
        await page.FillAsync($".settle-line-{products["KDF"]}-Regular-Sales .returned input", "12");
        await page.FillAsync(".field-CratesReturned input", "10");
        await page.FillAsync(".banking-amount input", "19000");
        await page.FillAsync(".banking-code input", "QJK9JOURNEY");
        await Assertions.Expect(page.Locator("#settle-figures .figure-expected")).ToHaveTextAsync("19,715.00");
        await Assertions.Expect(page.Locator("#settle-figures .figure-deficit")).ToHaveTextAsync("715.00");
        await page.ClickAsync("#settle");

        await Assertions.Expect(page.Locator("#settled-figures .figure-deficit")).ToHaveTextAsync("715.00");
        Assert.Contains("mud-error-text", await page.Locator("#settled-figures .figure-deficit").GetAttributeAsync("class"));
        await page.ScreenshotAsync("phone-sales-settled-short");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));

        var accountant = await app.NewPageAsync(1280, 800);
        var accountantEmail = $"accounts-{Guid.NewGuid():N}@chesanto.test";
        await AppUsers.CreateAsync(app, accountantEmail, Role.Admin, password, recentLogin: true);
        await accountant.SignInAsync(accountantEmail, password);
        await accountant.WaitForURLAsync(app.BaseUrl + "/");
        await accountant.GotoAsync("/alerts");
        await accountant.WaitForCircuitAsync();
        var alert = accountant.Locator("#open-alerts .open-alert", new() { HasText = "Deficit KES 715: Mike" });
        await Assertions.Expect(alert).ToContainTextAsync("Expected banking KES 19,715, banked KES 19,000.");
        await alert.Locator(".alert-link").ClickAsync();
        await accountant.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/sales/settle/{mike}/"));
        await Assertions.Expect(accountant.Locator("#settled-figures .figure-deficit")).ToHaveTextAsync("715.00");
    }
}
