using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Domain.Sales;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Chesanto.Tests.Features.Sales;

/// <summary>The dispatch and settle pages as the dispatch clerk uses them, on the workbook's Mike (1,000 of each product in store).</summary>
public sealed class SalesPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser dispatcher = null!;
    private int bread, kdf, scones, mike;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<PriceSeeder>().SeedAsync();
        await host.Domain.Get<CrateSeeder>().SeedAsync();
        dispatcher = await host.Domain.CreateUserAsync("dispatch@chesanto.test", Role.Dispatch);
        var accountant = await host.Domain.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        await using (var db = await host.Domain.NewDbAsync())
        {
            var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
            (bread, kdf, scones) = (products["Bread"], products["KDF"], products["Scones"]);
            mike = await SalesFixture.RecipientAsync(db, "Mike", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m, (bread, 5m), (kdf, 10m), (scones, 5m));
        }
        host.Domain.ActAs(accountant);
        foreach (var product in new[] { bread, kdf, scones })
            await host.Domain.Get<FinishedGoodsLedger>().AdjustAsync(product, Grade.Regular, FinishedGoodsMovementType.Adjustment, 1_000, "Opening stock");
        host.SignInAs(dispatcher);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private DateOnly Today => host.Domain.Get<BusinessClock>().Today;

    private async Task<IRenderedComponent<DispatchPage>> FillDispatchAsync(int breadPackets)
    {
        var page = host.Render<DispatchPage>();
        page.WaitForElement("#dispatch-form .save-dispatch");
        var select = page.FindComponents<MudSelect<int>>().First(s => s.Instance.Class?.Contains("field-RecipientId") == true);
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(mike));
        page.Find($".packets-{bread}-Regular input").Change(breadPackets.ToString());
        page.Find($".packets-{kdf}-Regular input").Change("144");
        page.Find($".packets-{scones}-Regular input").Change("36");
        page.Find(".field-Crates input").Change("10");
        await page.Find("#dispatch-form .save-dispatch").ClickAsync(new());
        return page;
    }

    [Fact]
    public async Task The_clerk_dispatches_mikes_goods_and_the_list_shows_them_with_their_value()
    {
        var page = await FillDispatchAsync(240);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#dispatch-table tbody tr.dispatch-row")));
        var row = page.Find("#dispatch-table tbody tr.dispatch-row").TextContent;
        Assert.Contains("Mike", row);
        Assert.Contains("240", row);
        Assert.Contains("30,600.00", row); // 240 × 60 + 144 × 100 + 36 × 50
        var dispatch = Assert.Single(await host.Domain.Get<DispatchService>().DayAsync(Today));
        Assert.Equal((PriceChannel.Sales, 10, 3), (dispatch.Channel, dispatch.Crates, dispatch.Lines.Count));
        page.WaitForAssertion(() => Assert.Contains("760 in store", page.Find($".packets-{bread}-Regular").TextContent));
    }

    [Fact]
    public async Task Dispatching_more_bread_than_the_store_holds_is_refused_at_the_bread_field()
    {
        var page = await FillDispatchAsync(1_001);

        page.WaitForAssertion(() => Assert.Contains("Only 1,000 Bread in the store",
            page.Find($".packets-{bread}-Regular .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Empty(await host.Domain.Get<DispatchService>().DayAsync(Today));
    }

    [Fact]
    public async Task Mikes_first_of_September_previews_the_workbook_figures_and_settles()
    {
        await host.Domain.Get<DispatchService>().DispatchAsync(new DispatchInput(mike,
            [new(bread, Grade.Regular, 240), new(kdf, Grade.Regular, 144), new(scones, Grade.Regular, 36)], 10));

        var page = host.Render<SettlePage>(p => p.Add(x => x.RecipientId, mike).Add(x => x.DayText, Today.ToString("yyyy-MM-dd")));
        page.WaitForElement("#settle-form");
        page.Find($".settle-line-{bread}-Regular-Sales .returned input").Input("127");
        page.Find($".settle-line-{kdf}-Regular-Sales .returned input").Input("12");
        page.Find(".field-CratesReturned input").Input("10");
        page.Find(".banking-amount input").Input("19000");
        page.Find(".banking-code input").Change("QJK1A2B3C4");

        page.WaitForAssertion(() => Assert.Equal("21,780.00", page.Find("#settle-figures .figure-sales").TextContent));
        Assert.Equal("2,065.00", page.Find("#settle-figures .figure-commission").TextContent);
        Assert.Equal("19,715.00", page.Find("#settle-figures .figure-expected").TextContent);
        Assert.Equal("19,000.00", page.Find("#settle-figures .figure-banked").TextContent);
        Assert.Equal("715.00", page.Find("#settle-figures .figure-deficit").TextContent);
        Assert.Contains("mud-error-text", page.Find("#settle-figures .figure-deficit").ClassName);
        Assert.Equal("113", page.Find($".settle-line-{bread}-Regular-Sales .line-sold").TextContent);

        await page.Find("#settle").ClickAsync(new());

        page.WaitForElement("#settlement-view");
        Assert.Equal("715.00", page.Find("#settled-figures .figure-deficit").TextContent);
        Assert.Empty(page.FindAll("#reverse-settlement")); // the clerk cannot reverse
        var stored = (await host.Domain.Get<SettlementService>().SheetAsync(mike, Today)).Settlement;
        Assert.Equal((21_780m, 2_065m, 19_715m, 19_000m, 715m), (stored!.SalesValue, stored.Commission, stored.ExpectedBanking, stored.Banked, stored.Deficit));
        Assert.Equal("QJK1A2B3C4", Assert.Single(stored.Bankings).Reference);
    }
}
