using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Home;
using Chesanto.Web.Features.Inventory;
using MudBlazor;

namespace Chesanto.Tests.Features.Inventory;

public sealed class WastagePagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser productionManager = null!, ceo = null!;
    private int flour;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        productionManager = await host.Domain.CreateUserAsync("production@chesanto.test", Role.ProductManager);
        ceo = await host.Domain.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);
        host.SignInAs(productionManager);
        flour = (await host.Domain.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private Task<decimal> FlourInStoreAsync() => host.Domain.Get<StockLedger>().BalanceAsync(flour);

    /// <summary>The production manager records the spill through the service; one page is rendered per test.</summary>
    private async Task SpillTenKgAndSignInAsCeoAsync()
    {
        var spill = await host.Domain.Get<WastageService>().RecordAsync(new WastageInput(flour, WastageReason.Spill, 10m, "Bag split on the mixer"));
        Assert.Equal((WastageStatus.Pending, 730m), (spill.Status, spill.Cost));
        host.SignInAs(ceo);
    }

    private async Task<IRenderedComponent<Wastage>> RecordTenKgFlourSpillAsync()
    {
        var page = host.Render<Wastage>();
        page.WaitForElement("#record-wastage");
        var select = page.FindComponents<MudSelect<int>>().First(s => s.Instance.Class?.Contains("field-InventoryItemId") == true);
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(flour));
        page.Find(".field-Quantity input").Change("10");
        page.Find(".field-Description input").Change("Bag split on the mixer");
        await page.Find("#record-wastage").ClickAsync(new());
        return page;
    }

    [Fact]
    public async Task A_production_manager_records_a_10_kg_flour_spill_and_it_waits_with_no_approve_button_for_him()
    {
        var before = await FlourInStoreAsync();

        var page = await RecordTenKgFlourSpillAsync();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#wastage-table tbody tr .wastage-status")));
        var row = page.Find("#wastage-table tbody tr").TextContent;
        Assert.Contains("Wheat Flour", row);
        Assert.Contains("10 kg", row);
        Assert.Contains("730.00", row);
        Assert.Contains("Pending", row);
        Assert.Empty(page.FindAll(".approve-wastage"));
        Assert.Equal(before, await FlourInStoreAsync());
    }

    [Fact]
    public async Task The_ceo_sees_on_his_dashboard_that_1_wastage_record_waits()
    {
        await SpillTenKgAndSignInAsCeoAsync();

        var dashboard = host.Render<Dashboard>();

        dashboard.WaitForAssertion(() => Assert.Contains("1 wastage record waits", dashboard.Find("#pending-wastage").TextContent));
        Assert.Contains("inventory/wastage", dashboard.Find("#pending-wastage a").GetAttribute("href"));
    }

    [Fact]
    public async Task The_ceo_approves_from_the_page_and_the_flour_drops_10_kg()
    {
        await SpillTenKgAndSignInAsCeoAsync();
        var before = await FlourInStoreAsync();

        var page = host.Render<Wastage>();
        page.WaitForElement(".approve-wastage");
        await page.Find(".approve-wastage").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Approved", page.Find("#wastage-table tbody tr .wastage-status").TextContent));
        Assert.Empty(page.FindAll(".approve-wastage"));
        Assert.Equal(before - 10m, await FlourInStoreAsync());
    }

    [Fact]
    public async Task Rejecting_without_a_note_is_refused_and_the_record_still_waits()
    {
        await SpillTenKgAndSignInAsCeoAsync();

        var page = host.Render<Wastage>();
        page.WaitForElement(".reject-wastage");
        await page.Find(".reject-wastage").ClickAsync(new());
        await page.Find(".confirm-reject").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Say why this wastage is rejected",
            page.Find(".field-DecisionNote .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Equal(WastageStatus.Pending, Assert.Single(await host.Domain.Get<WastageService>().ListAsync()).Status);
    }
}
