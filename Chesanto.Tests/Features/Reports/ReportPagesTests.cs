using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Domain.Reports;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Domain.Sales;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Features.StoredReports;

/// <summary>Tuesday 24 Nov 2026: Mike took 100 bread, sold it all and banked KES 200 short; the day's report is stored.</summary>
public sealed class ReportPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser accountant = null!, ceo = null!;
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        var domain = host.Domain;
        await domain.Get<CatalogSeeder>().SeedAsync();
        await domain.Get<PriceSeeder>().SeedAsync();
        await domain.Get<StockSeeder>().SeedAsync();
        await domain.Get<CrateSeeder>().SeedAsync();
        accountant = await domain.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        ceo = await domain.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);
        int bread, mike;
        await using (var db = await domain.NewDbAsync())
        {
            bread = await db.Products.Where(p => p.Name == "Bread").Select(p => p.Id).SingleAsync();
            var breadMix = await db.Mixes.Where(m => m.IsActive && m.ProductId == bread).Select(m => m.Id).SingleAsync();
            mike = await SalesFixture.RecipientAsync(db, "Mike", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m, (bread, 5m));
            domain.ActAs(accountant);
            await domain.Get<ProductionService>().RecordBatchAsync(new BatchInput(breadMix, 130));
        }
        await domain.Get<DispatchService>().DispatchAsync(new DispatchInput(mike, [new(bread, Grade.Regular, 100)], 5));
        var settlements = domain.Get<SettlementService>();
        List<ReturnLineInput> returns = [new(bread, Grade.Regular, PriceChannel.Sales, 0)];
        var preview = await settlements.PreviewAsync(new SettlementInput(mike, Tuesday, returns, 5, []));
        await settlements.SettleAsync(new SettlementInput(mike, Tuesday, returns, 5, [new(BankingMethod.Mpesa, preview.ExpectedBanking - 200m, "QX1124")]));
        await domain.Get<ReportService>().GenerateAsync(ReportKind.Daily, Tuesday);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private IRenderedComponent<ReportPage> OpenDaily() =>
        host.Render<ReportPage>(p => p.Add(x => x.KindSlug, "daily").Add(x => x.Start, "2026-11-24"));

    [Fact]
    public void The_accountant_sees_the_days_figures_in_the_template_with_the_deficit_in_red_and_no_regenerate()
    {
        host.SignInAs(accountant);
        var page = OpenDaily();

        page.WaitForAssertion(() => Assert.Contains("Daily report Tue 24 Nov 2026", page.Find("#report-title").TextContent));
        Assert.Contains("6,000.00", page.Find("#report-sales").TextContent);
        Assert.Contains("200.00", page.Find("#report-deficit").TextContent);
        Assert.Contains("bad", page.Find("#report-deficit").ClassName);
        Assert.Contains("Mike", page.Find("#report-deficits").TextContent);
        Assert.Contains("Bread", page.Find("#report-products").TextContent);
        Assert.Contains("Wheat Flour", page.Find("#report-stock").TextContent);
        Assert.Empty(page.FindAll("#report-regenerate"));
        Assert.Contains("/export/reports/report.xlsx?kind=daily&start=2026-11-24", page.Find("#report-excel").GetAttribute("href"));
    }

    [Fact]
    public async Task The_ceo_regenerates_with_a_reason_and_the_earlier_revision_is_listed()
    {
        host.SignInAs(ceo);
        var page = OpenDaily();
        page.WaitForElement("#report-regenerate").Click();
        page.Find("#confirm-regenerate").Click();
        page.WaitForAssertion(() => Assert.Contains("Say why", page.Find(".field-Reason").TextContent));

        page.Find(".field-Reason input").Change("Banking corrected");
        page.Find("#confirm-regenerate").Click();

        page.WaitForAssertion(() => Assert.Contains("Banking corrected", page.Find("#report-revisions").TextContent));
        Assert.Contains("revision 2", page.Find("#report-meta").TextContent);
        Assert.Equal(2, (await host.Domain.Get<ReportService>().GetAsync(ReportKind.Daily, Tuesday))!.Revision);
    }

    [Fact]
    public async Task The_list_shows_the_report_and_the_accountant_ticks_weekly_emails()
    {
        host.SignInAs(accountant);
        var page = host.Render<ReportList>();

        page.WaitForAssertion(() => Assert.Contains("Daily report Tue 24 Nov 2026", page.Find("#report-list").TextContent));
        page.Find(".subscribe-weekly input").Change(true);
        page.Find("#save-subscription").Click();

        await WaitAsync(async () => await host.Domain.Get<ReportService>().MySubscriptionAsync() == new ReportChoice(false, true, false));
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++) await Task.Delay(100);
        Assert.True(await condition());
    }
}
