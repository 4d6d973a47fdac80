using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Inventory;
using MudBlazor;

namespace Chesanto.Tests.Features.Inventory;

public sealed class PurchasePagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private int flour, pembe;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        await host.Domain.Get<SupplierSeeder>().SeedAsync();
        await SignInAsync(Role.Admin);
        flour = (await host.Domain.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour").Id;
        pembe = (await Purchases.ListSuppliersAsync()).Single(s => s.Name == "Pembe Flour Mills Ltd").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private PurchaseService Purchases => host.Domain.Get<PurchaseService>();

    private async Task SignInAsync(Role role) =>
        host.SignInAs(await host.Domain.CreateUserAsync($"{role}@chesanto.test".ToLowerInvariant(), role));

    /// <summary>Chooses in a MudSelect as the popover list would: through its ValueChanged.</summary>
    private static Task ChooseAsync(IRenderedComponent<PurchaseEditor> page, string cssClass, int value)
    {
        var select = page.FindComponents<MudSelect<int>>().First(s => s.Instance.Class?.Contains(cssClass) == true);
        return page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    private async Task<IRenderedComponent<PurchaseEditor>> DraftHundredBagsOfFlourAsync(string? date = null)
    {
        var page = host.Render<PurchaseEditor>();
        page.WaitForElement("#save-purchase");
        await ChooseAsync(page, "field-SupplierId", pembe);
        if (date is not null) page.Find(".field-PurchaseDate input").Change(date);
        await ChooseAsync(page, "line-item", flour);
        page.Find(".line-quantity input").Change("100");
        page.Find(".line-cost input").Change("3700");
        await page.Find("#save-purchase").ClickAsync(new());
        return page;
    }

    [Fact]
    public async Task An_accountant_drafts_orders_and_receives_100_bags_of_flour_and_the_stock_goes_up_5000_kg()
    {
        var before = await host.Domain.Get<StockLedger>().BalanceAsync(flour);

        var page = await DraftHundredBagsOfFlourAsync();
        page.WaitForElement("#order-purchase");
        Assert.Contains("KES 370,000.00", page.Find("#purchase-total").TextContent);
        await page.Find("#order-purchase").ClickAsync(new());
        page.WaitForElement("#receive-purchase");
        await page.Find("#receive-purchase").ClickAsync(new());
        Assert.Contains("+5,000 kg Wheat Flour", page.Find("#receive-confirm").TextContent);
        await page.Find("#confirm-receive").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Received", page.Find(".purchase-status").TextContent));
        Assert.Empty(page.FindAll("#purchase-actions"));
        Assert.Empty(page.FindAll(".line-quantity"));
        Assert.Equal(before + 5_000m, await host.Domain.Get<StockLedger>().BalanceAsync(flour));
        var stored = Assert.Single(await Purchases.ListAsync());
        Assert.Equal((PurchaseStatus.Received, "PUR-20261124-001"), (stored.Status, stored.Number));
    }

    [Fact]
    public async Task A_purchase_date_100_days_ago_is_refused_at_the_date_field_and_nothing_is_saved()
    {
        var page = await DraftHundredBagsOfFlourAsync(date: "2026-08-16");

        page.WaitForAssertion(() => Assert.Contains("more than 90 days ago",
            page.Find(".field-PurchaseDate .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Empty(await Purchases.ListAsync());
        Assert.Empty(page.FindAll("#order-purchase"));
    }

    [Fact]
    public async Task A_storekeeper_saves_a_draft_but_cannot_order_it_and_the_accountants_order_shows_as_the_approval()
    {
        await SignInAsync(Role.ProductManager);
        var page = await DraftHundredBagsOfFlourAsync();
        page.WaitForElement("#awaiting-approval");
        Assert.Empty(page.FindAll("#order-purchase"));
        Assert.Empty(page.FindAll("#cancel-purchase"));
        var draft = Assert.Single(await Purchases.ListAsync());
        Assert.Equal(PurchaseStatus.Draft, draft.Status);

        host.Domain.ActAs(await host.Domain.CreateUserAsync("approver@chesanto.test", Role.Admin));
        await Purchases.OrderAsync(draft.Id, draft.Version);
        // The storekeeper had the draft open, so he is told it changed and reloads it.
        await page.WaitForElement("#reload-purchase").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Approved by approver@chesanto.test on 24 Nov 2026", page.Find("#purchase-approval").TextContent));
        Assert.Empty(page.FindAll("#receive-purchase"));
    }

    [Fact]
    public async Task A_department_head_sees_the_purchases_but_no_new_button()
    {
        await Purchases.CreateDraftAsync(new PurchaseInput(pembe, new DateOnly(2026, 11, 24), null, null, [new PurchaseLineInput(flour, 100m, 3_700m)]));
        await SignInAsync(Role.DeptHead);

        var page = host.Render<Purchases>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#purchases-table tbody tr")));
        var row = page.Find("#purchases-table tbody tr").TextContent;
        Assert.Contains("PUR-20261124-001", row);
        Assert.Contains("Pembe Flour Mills Ltd", row);
        Assert.Contains("370,000.00", row);
        Assert.Empty(page.FindAll("#new-purchase"));
    }
}
