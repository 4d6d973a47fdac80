using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Books;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Domain.Sales;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Analytics;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using MudBlazor.Charts;

namespace Chesanto.Tests.Features.Analytics;

/// <summary>
/// Two days of business recorded through the services (bread and KDF baked, Mike taking goods out, settling 300 and
/// then nothing short), then the analytics page: each chart must plot the period summary's own figures.
/// </summary>
public sealed class AnalyticsPageTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private int bread, kdf, scones, breadMix, kdfMix, mike;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        var domain = host.Domain;
        await domain.Get<CatalogSeeder>().SeedAsync();
        await domain.Get<PriceSeeder>().SeedAsync();
        await domain.Get<StockSeeder>().SeedAsync();
        await domain.Get<CrateSeeder>().SeedAsync();
        await using (var db = await domain.NewDbAsync())
        {
            var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
            (bread, kdf, scones) = (products["Bread"], products["KDF"], products["Scones"]);
            var mixes = await db.Mixes.Where(m => m.IsActive).ToDictionaryAsync(m => m.ProductId, m => m.Id);
            (breadMix, kdfMix) = (mixes[bread], mixes[kdf]);
            mike = await SalesFixture.RecipientAsync(db, "Mike", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m, (bread, 5m), (kdf, 10m), (scones, 5m));
        }
        var accountant = await domain.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        host.SignInAs(accountant);

        await BakeAsync(breadMix, 130);
        await BakeAsync(kdfMix, 100);
        await SellAsync(breadOut: 120, kdfOut: 80, breadBack: 10, kdfBack: 5, shortBy: 300m);
        domain.Time.Advance(TimeSpan.FromDays(1));
        await BakeAsync(breadMix, 128);
        await SellAsync(breadOut: 100, kdfOut: 0, breadBack: 4, kdfBack: 0);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private DateOnly Today => host.Domain.Get<BusinessClock>().Today;

    private Task<ProductionBatch> BakeAsync(int mixId, int packets) => host.Domain.Get<ProductionService>().RecordBatchAsync(new BatchInput(mixId, packets));

    private async Task SellAsync(int breadOut, int kdfOut, int breadBack, int kdfBack, decimal shortBy = 0m)
    {
        var lines = new List<DispatchLineInput> { new(bread, Grade.Regular, breadOut) };
        if (kdfOut > 0) lines.Add(new(kdf, Grade.Regular, kdfOut));
        await host.Domain.Get<DispatchService>().DispatchAsync(new DispatchInput(mike, lines, 5));
        var settlements = host.Domain.Get<SettlementService>();
        var returns = new List<ReturnLineInput> { new(bread, Grade.Regular, PriceChannel.Sales, breadBack) };
        if (kdfOut > 0) returns.Add(new(kdf, Grade.Regular, PriceChannel.Sales, kdfBack));
        var preview = await settlements.PreviewAsync(new SettlementInput(mike, Today, returns, 5, []));
        await settlements.SettleAsync(new SettlementInput(mike, Today, returns, 5, [new(BankingMethod.Mpesa, preview.ExpectedBanking - shortBy, $"QX{Today:MMdd}{breadOut}")]));
    }

    private static MudChart<double> Chart(IRenderedComponent<AnalyticsPage> page, string card, int index = 0) =>
        page.FindComponents<ChartCard>().Single(c => c.Instance.Id == card).FindComponents<MudChart<double>>()[index].Instance;

    private static double[] Series(MudChart<double> chart, string name) =>
        chart.ChartSeries.Single(s => s.Name == name).Data.Values.ToArray();

    private static double[] D(IEnumerable<decimal> values) => values.Select(v => (double)v).ToArray();
    private static double[] D(IEnumerable<int> values) => values.Select(v => (double)v).ToArray();

    [Fact]
    public async Task Every_chart_plots_the_period_summarys_figures()
    {
        var page = host.Render<AnalyticsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindComponents<ChartCard>()));
        var s = await host.Domain.Get<PeriodSummaryQuery>().SummaryAsync(new DateOnly(2026, 11, 1), Today);
        Assert.Equal(2, s.Days.Count);
        Assert.True(s.Net > 0);

        var waterfall = Chart(page, "chart-waterfall");
        Assert.Equal(ChartType.StackedBar, waterfall.ChartType);
        Assert.Equal(D([s.Sales, 0, 0, 0, s.Net]), Series(waterfall, "Income"));
        Assert.Equal(D([0, s.ProductionCost, s.Packaging, s.Commission, 0]), Series(waterfall, "Costs"));
        Assert.Equal(D([0, s.Sales - s.ProductionCost, s.Gross - s.Packaging, s.Net, 0]), Series(waterfall, ""));

        var products = Chart(page, "chart-products");
        Assert.Equal(s.Products.Select(p => p.Product), products.ChartLabels);
        Assert.Equal(D(s.Products.Select(p => p.Sales)), Series(products, "Sales"));
        Assert.Equal(D(s.Products.Select(p => p.ProductionCost)), Series(products, "Production cost"));
        Assert.Equal(D(s.Products.Select(p => p.Net)), Series(products, "Net"));

        var share = Chart(page, "chart-profit-share");
        Assert.Equal(ChartType.Donut, share.ChartType);
        Assert.Equal(s.Products.Where(p => p.Net > 0).Select(p => p.Product), share.ChartLabels);
        Assert.Equal(D(s.Products.Where(p => p.Net > 0).Select(p => p.Net)), Series(share, "Net"));

        var production = Chart(page, "chart-production");
        Assert.Equal(D(s.Days.Select(d => d.ExpectedPackets)), Series(production, "Expected"));
        Assert.Equal(D([230, 128]), Series(production, "Produced"));

        var banking = Chart(page, "chart-banking");
        Assert.Equal(D(s.Days.Select(d => d.ExpectedBanking)), Series(banking, "Expected banking"));
        Assert.Equal(D(s.Days.Select(d => d.Banked)), Series(banking, "Banked"));

        Assert.Equal(D([300m, 0m]), Series(Chart(page, "chart-deficit", 0), "Deficit (KES)"));
        Assert.Equal(D(s.Days.Select(d => d.CratesShort)), Series(Chart(page, "chart-deficit", 1), "Crates short"));

        var ranking = Chart(page, "chart-rankings");
        Assert.Equal(["Mike"], ranking.ChartLabels);
        Assert.Equal(D([s.Sales]), Series(ranking, "Sales"));
        Assert.Equal(D([300m]), Series(ranking, "Deficit"));

        Assert.Contains(AnalyticsSeries.Money(s.Net), page.Find("#analytics-totals .total-net").TextContent);
    }

    [Fact]
    public async Task Stock_is_plotted_against_the_reorder_level_and_red_below_it()
    {
        var page = host.Render<AnalyticsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindComponents<ChartCard>()));
        var items = (await host.Domain.Get<ReorderAdvisor>().StatusAsync()).Where(i => i.ReorderLevel > 0).ToList();
        var chart = Chart(page, "chart-inventory");
        Assert.Equal(items.Select(i => AnalyticsSeries.Shortened(i.ItemName)), chart.ChartLabels);
        var below = Series(chart, "Below reorder level");
        var above = Series(chart, "At or above");
        for (var i = 0; i < items.Count; i++)
        {
            var percent = Math.Min(AnalyticsSeries.PercentCap, (double)(items[i].Stock / items[i].ReorderLevel * 100));
            Assert.Equal(items[i].Stock < items[i].ReorderLevel ? (percent, 0d) : (0d, percent), (below[i], above[i]));
        }
        Assert.Equal(AnalyticsSeries.Red, ((DefaultChartOptions)chart.ChartOptions!).ChartPalette![0]);
    }

    [Fact]
    public async Task A_settlement_recorded_the_next_day_while_the_page_is_open_redraws_the_charts()
    {
        var page = host.Render<AnalyticsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindComponents<ChartCard>()));
        var loads = page.Instance.Loads;
        var breadAt = Array.IndexOf(Chart(page, "chart-products").ChartLabels, "Bread");
        var salesBefore = Series(Chart(page, "chart-products"), "Sales")[breadAt];

        host.Domain.Time.Advance(TimeSpan.FromDays(1));
        await BakeAsync(breadMix, 130);
        await SellAsync(breadOut: 50, kdfOut: 0, breadBack: 0, kdfBack: 0, shortBy: 120m);

        page.WaitForAssertion(() =>
        {
            Assert.True(page.Instance.Loads > loads);
            Assert.Equal(salesBefore + 50 * 60, Series(Chart(page, "chart-products"), "Sales")[breadAt]);
            Assert.Equal(D([300m, 0m, 120m]), Series(Chart(page, "chart-deficit", 0), "Deficit (KES)"));
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void The_quick_picks_choose_the_range()
    {
        var page = host.Render<AnalyticsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindComponents<ChartCard>()));
        page.Find(".pick-last-month").Click();
        page.WaitForAssertion(() => Assert.Contains("Nothing recorded", page.Find("#chart-waterfall").TextContent));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), RangePicks.Of("Last month", Today));
        Assert.Equal((new DateOnly(2026, 11, 23), Today), RangePicks.Of("This week", Today));
    }
}
