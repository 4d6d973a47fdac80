using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Tests.Features.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Production;
using MudBlazor;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Features.Production;

public sealed class ProductionBoardTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser manager = null!;
    private int bread, kdfMix;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<PriceSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        manager = await host.Domain.CreateUserAsync("production@chesanto.test", Role.ProductManager);
        host.SignInAs(manager);
        await using var db = await host.Domain.NewDbAsync();
        bread = await db.Products.Where(p => p.Name == "Bread").Select(p => p.Id).SingleAsync();
        kdfMix = await db.Mixes.Where(m => m.IsActive && m.Product!.Name == "KDF").Select(m => m.Id).SingleAsync();
    }

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task The_manager_records_a_bread_batch_with_rejects_and_it_shows_with_its_margin()
    {
        var page = host.Render<ProductionBoard>();
        page.WaitForElement("#record-batch");
        var select = page.FindComponents<MudSelect<int>>().First(s => s.Instance.Class?.Contains("field-MixId") == true);
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(bread));
        page.WaitForElement(".field-Rejects");
        page.Find(".field-ActualPackets input").Change("130");
        page.Find(".field-Rejects input").Change("5");
        await page.Find("#record-batch").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#batch-table tbody tr .margin")));
        Assert.Equal(130, (await host.Domain.Get<FinishedGoodsLedger>().AvailableAsync())[(bread, Grade.Regular)]);
        Assert.Contains("130", page.Find("#finished-goods").TextContent);
    }

    [Fact]
    public async Task A_shortage_is_shown_on_the_form_and_another_clerks_batch_appears_live()
    {
        var ledger = host.Domain.Get<StockLedger>();
        var items = await host.Domain.Get<CatalogService>().ListItemsAsync();
        var page = host.Render<ProductionBoard>();
        page.WaitForElement("#record-batch");

        await host.Domain.Get<ProductionService>().RecordBatchAsync(new BatchInput(kdfMix, 105));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#batch-table tbody tr .margin")));
        await ledger.PostAsync(items.Single(i => i.Name == "Wheat Flour").Id, StockMovementType.ProductionUse, -440m, "Bread");
        var select = page.FindComponents<MudSelect<int>>().First(s => s.Instance.Class?.Contains("field-MixId") == true);
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(bread));
        await page.Find("#record-batch").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Need 36.000 kg Wheat Flour, 10.000 kg available.", page.Find("#batch-refused").TextContent));
    }

    [Fact]
    public async Task The_accountant_closes_the_day_after_confirming_and_the_form_goes_away()
    {
        await host.Domain.Get<ProductionService>().RecordBatchAsync(new BatchInput(kdfMix, 105));
        host.SignInAs(await host.Domain.CreateUserAsync("accounts@chesanto.test", Role.Admin));
        var screen = host.Open<ProductionBoard>();

        screen.Page.WaitForElement("#close-day").Click();
        screen.Dialogs.WaitForAssertion(() => Assert.Contains("Close today's production?", screen.Dialogs.Markup));
        screen.Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Close the day").Click();

        screen.Page.WaitForElement("#day-closed");
        Assert.Empty(screen.Page.FindAll("#record-batch"));
        Assert.Empty(screen.Page.FindAll("#close-day"));
        Assert.True((await host.Domain.Get<ProductionService>().DayAsync()).IsClosed);
    }
}
