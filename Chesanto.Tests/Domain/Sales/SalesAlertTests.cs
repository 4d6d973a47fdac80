using Chesanto.Domain.Alerts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;

namespace Chesanto.Tests.Domain.Sales;

public sealed class SalesAlertTests : SalesFixture
{
    private async Task<IReadOnlyList<Alert>> OpenAlertsAsync(Chesanto.Domain.Accounts.ApplicationUser who)
    {
        var acting = host.CurrentUser.Actor;
        host.ActAs(who);
        try { return await host.Get<AlertService>().OpenAsync(); }
        finally { host.CurrentUser.Actor = acting; }
    }

    [Fact]
    public async Task A_small_deficit_alerts_the_accountant_only()
    {
        await DispatchMikeAsync();
        var settlement = await Settlements.SettleAsync(MikeSettles(19_415m));

        var alert = Assert.Single(await OpenAlertsAsync(accountant));
        Assert.Equal(("Deficit", AlertSeverity.Warning, false), (alert.Kind, alert.Severity, alert.ToCeo));
        Assert.Equal("Deficit KES 300: Mike, 24 Nov 2026", alert.Title);
        Assert.Equal($"sales/settle/{mike}/2026-11-24", alert.Link);
        Assert.Equal($"Settlement:{settlement.Id}", alert.SubjectKey);
        Assert.Contains(host.Outbox.Messages, m => m.To == accountant.Email && m.Subject.Contains("Deficit KES 300"));
        Assert.DoesNotContain(host.Outbox.Messages, m => m.To == superadmin.Email);
    }

    [Fact]
    public async Task A_deficit_over_500_and_more_than_5_crates_short_also_go_to_the_ceo()
    {
        await DispatchMikeAsync(crates: 10);
        await Settlements.SettleAsync(MikeSettles(19_000m, cratesBack: 3));

        var alerts = (await OpenAlertsAsync(superadmin)).ToDictionary(a => a.Kind);
        Assert.Equal((AlertSeverity.Critical, true, true), (alerts["Deficit"].Severity, alerts["Deficit"].ToAccountant, alerts["Deficit"].ToCeo));
        Assert.Equal("7 crates short: Mike, 24 Nov 2026", alerts["CrateShortfall"].Title);
        Assert.True(alerts["CrateShortfall"].ToCeo);
    }

    [Fact]
    public async Task Settling_in_full_raises_nothing_and_a_small_crate_shortfall_only_the_accountant()
    {
        await DispatchMikeAsync(crates: 10);
        await Settlements.SettleAsync(MikeSettles(19_715m, cratesBack: 8));

        var alert = Assert.Single(await OpenAlertsAsync(superadmin));
        Assert.Equal(("CrateShortfall", false), (alert.Kind, alert.ToCeo));
    }

    [Fact]
    public async Task A_third_deficit_within_thirty_days_is_flagged_as_a_pattern()
    {
        for (var day = 0; day < 3; day++)
        {
            await DispatchMikeAsync();
            await Settlements.SettleAsync(MikeSettles(19_700m, code: $"QDAY{day}"));
            host.Time.Advance(TimeSpan.FromDays(1));
        }

        var alerts = await OpenAlertsAsync(superadmin);
        Assert.Equal(3, alerts.Count(a => a.Kind == "Deficit"));
        var pattern = Assert.Single(alerts, a => a.Kind == "DeficitPattern");
        Assert.Equal("Mike: 3 deficits in 30 days", pattern.Title);
        Assert.Contains("KES 45 short", pattern.Message);
    }

    [Fact]
    public async Task At_five_the_accountant_hears_who_has_goods_out_and_has_not_settled_but_not_the_depot()
    {
        await DispatchMikeAsync();
        await Dispatches.DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 10)], 0));
        await Dispatches.DispatchAsync(new DispatchInput(matayos, [new(bread, Grade.Regular, 10)], 0));
        await Settlements.SettleAsync(new SettlementInput(joel, Today, [], 0, [new(BankingMethod.Cash, 600m, "R-9")]));

        var names = await host.Get<SalesAlerts>().RemindUnsettledAsync(Today);

        Assert.Equal(["Mike"], names);
        var alert = Assert.Single(await OpenAlertsAsync(accountant));
        Assert.Equal("Not settled yet on 24 Nov 2026: Mike", alert.Title);
        Assert.Empty(await host.Get<SalesAlerts>().RemindUnsettledAsync(new DateOnly(2026, 11, 29)));
    }
}
