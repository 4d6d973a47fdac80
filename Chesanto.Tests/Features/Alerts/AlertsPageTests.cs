using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Alerts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Alerts;
using Chesanto.Web.Features.Home;

namespace Chesanto.Tests.Features.Alerts;

public sealed class AlertsPageTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser accountant = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        accountant = await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin);
        host.SignInAs(accountant);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private Task<Alert?> RaiseDeficitAsync(int settlement = 12) => host.Domain.Get<AlertService>().RaiseAsync(new AlertDraft("Deficit",
        AlertSeverity.Critical, "Deficit of 800 KES", "Settlement 12 banked 800 KES less than expected.",
        $"sales/settlements/{settlement}", ToAccountant: true, ToCeo: true, SubjectKey: $"Settlement:{settlement}"));

    [Fact]
    public async Task The_accountant_must_say_what_was_found_before_an_alert_resolves_then_it_moves_to_resolved()
    {
        await RaiseDeficitAsync();
        var page = host.Render<AlertsPage>();
        page.WaitForElement(".open-alert");
        Assert.Contains("Deficit of 800 KES", page.Find(".open-alert").TextContent);
        Assert.Contains("mud-alert-outlined-error", page.Find(".open-alert").ClassName);
        Assert.Equal("sales/settlements/12", page.Find(".open-alert .alert-link").GetAttribute("href"));

        await page.Find(".resolve-alert").ClickAsync(new());
        await page.Find(".confirm-resolve").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Say what was found and done.", page.Find(".field-Resolution").TextContent));
        Assert.Equal(1, await host.Domain.Get<AlertService>().OpenCountAsync());

        page.Find(".field-Resolution textarea").Input("Salesman paid the balance by M-Pesa.");
        await page.Find(".confirm-resolve").ClickAsync(new());

        page.WaitForElement("#alerts-none");
        var resolved = page.Find("#resolved-alerts .resolved-alert").TextContent;
        Assert.Contains("Salesman paid the balance by M-Pesa.", resolved);
        Assert.Contains("Resolved by accountant@chesanto.test", resolved);
        Assert.Equal(0, await host.Domain.Get<AlertService>().OpenCountAsync());
    }

    [Fact]
    public async Task A_new_alert_appears_on_the_open_page_without_reloading()
    {
        var page = host.Render<AlertsPage>();
        page.WaitForElement("#alerts-none");

        await RaiseDeficitAsync();

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".open-alert")));
    }

    [Fact]
    public async Task The_bell_counts_open_alerts_live()
    {
        await RaiseDeficitAsync(12);
        var bell = host.Render<AlertBell>();
        bell.WaitForAssertion(() => Assert.Equal("Alerts: 1 open", bell.Find("#alert-bell").GetAttribute("aria-label")));

        await RaiseDeficitAsync(13);

        bell.WaitForAssertion(() => Assert.Equal("Alerts: 2 open", bell.Find("#alert-bell").GetAttribute("aria-label")));
        Assert.Contains("2", bell.Find(".mud-badge").TextContent);
        Assert.Equal("alerts", bell.Find("#alert-bell").GetAttribute("href"));
    }

    [Fact]
    public async Task The_dashboard_lists_open_alerts_for_the_accountant()
    {
        await RaiseDeficitAsync();

        var dashboard = host.Render<Dashboard>();

        dashboard.WaitForAssertion(() => Assert.Contains("Deficit of 800 KES", dashboard.Find("#alerts-card-items").TextContent));
    }
}
