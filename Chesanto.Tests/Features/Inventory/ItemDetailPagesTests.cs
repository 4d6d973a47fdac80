using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Inventory;
using MudBlazor;

namespace Chesanto.Tests.Features.Inventory;

public sealed class ItemDetailPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser productionManager = null!;
    private int flour;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        productionManager = await host.Domain.CreateUserAsync("production@chesanto.test", Role.ProductManager);
        host.SignInAs(productionManager);
        flour = (await host.Domain.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private StockLedger Ledger => host.Domain.Get<StockLedger>();

    private IRenderedComponent<ItemDetail> Open()
    {
        var page = host.Render<ItemDetail>(p => p.Add(x => x.Id, flour));
        page.WaitForElement("#history-table tbody .movement-reason");
        return page;
    }

    private static IReadOnlyList<string> Reasons(IRenderedComponent<ItemDetail> page) =>
        page.FindAll("#history-table tbody .movement-reason").Select(c => c.TextContent.Trim()).ToList();

    /// <summary>The seeded opening, then Tuesday's and Wednesday's bread: 12 uses of 10 kg a day.</summary>
    private async Task BakeTwoDaysAsync()
    {
        for (var day = 1; day <= 2; day++)
        {
            for (var i = 1; i <= 12; i++) await Ledger.PostAsync(flour, StockMovementType.ProductionUse, -10m, $"Day {day} tray {i}");
            if (day == 1) host.Domain.Time.Advance(TimeSpan.FromDays(1));
        }
    }

    [Fact]
    public async Task The_page_shows_the_item_its_stock_and_the_newest_ten_movements_of_25()
    {
        await BakeTwoDaysAsync();

        var page = Open();

        Assert.Equal("Wheat Flour", page.Find("h1").TextContent);
        Assert.Contains("260 kg", page.Find(".item-stock").TextContent);
        Assert.Contains("Low", page.Find("#item-facts .stock-level").TextContent); // under the 350 kg reorder level
        Assert.Contains("bag of 50 kg", page.Find(".item-facts-table").TextContent);
        page.WaitForAssertion(() => Assert.Equal(10, Reasons(page).Count));
        Assert.Equal("Day 2 tray 12", Reasons(page)[0]);
        Assert.Contains("25", page.Find(".mud-table-pagination").TextContent);

        var table = page.FindComponent<MudTable<StockMovement>>();
        await page.InvokeAsync(() => table.Instance.NavigateTo(2));

        page.WaitForAssertion(() => Assert.Equal(["Day 1 tray 4", "Day 1 tray 3", "Day 1 tray 2", "Day 1 tray 1", "Opening stock"],
            Reasons(page).Select(r => r.StartsWith("Opening", StringComparison.OrdinalIgnoreCase) ? "Opening stock" : r)));
    }

    [Fact]
    public async Task Filtering_by_type_and_business_day_asks_the_database_for_the_matches_only()
    {
        await BakeTwoDaysAsync();
        var page = Open();

        var type = page.FindComponent<MudSelect<StockMovementType?>>();
        await page.InvokeAsync(() => type.Instance.ValueChanged.InvokeAsync(StockMovementType.Opening));
        page.WaitForAssertion(() => Assert.Single(Reasons(page)));
        Assert.Contains("Opening", page.Find("#history-table tbody .movement-type").TextContent);

        await page.InvokeAsync(() => type.Instance.ValueChanged.InvokeAsync(null));
        var pickers = page.FindComponents<MudDatePicker>();
        var wednesday = new DateTime(2026, 11, 25);
        await page.InvokeAsync(() => pickers.Single(p => p.Instance.Class!.Contains("filter-from")).Instance.DateChanged.InvokeAsync(wednesday));
        await page.InvokeAsync(() => pickers.Single(p => p.Instance.Class!.Contains("filter-to")).Instance.DateChanged.InvokeAsync(wednesday));

        page.WaitForAssertion(() => Assert.Equal(10, Reasons(page).Count));
        Assert.All(Reasons(page), r => Assert.StartsWith("Day 2", r));
        Assert.Contains("12", page.Find(".mud-table-pagination").TextContent);
    }

    [Fact]
    public async Task Posting_a_count_adjustment_from_the_page_moves_the_stock_and_lists_it_first()
    {
        var page = Open();
        page.Find("#post-movement .field-Quantity input").Change("-2.5");
        page.Find("#post-movement .field-Reason input").Change("Counted 497.5 kg");
        await page.Find("#post-movement-button").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("497.5 kg", page.Find(".item-stock").TextContent));
        page.WaitForAssertion(() => Assert.Equal("Counted 497.5 kg", Reasons(page)[0]));
        Assert.Contains("-2.5 kg", page.Find("#history-table tbody .movement-quantity").TextContent);
        Assert.Equal(497.5m, await Ledger.BalanceAsync(flour));
        var last = (await Ledger.HistoryAsync(flour, 1)).Single();
        Assert.Equal((StockMovementType.CountAdjustment, "production@chesanto.test"), (last.Type, last.UserName));
    }

    [Fact]
    public async Task Returning_more_than_the_store_holds_is_refused_at_the_quantity_and_nothing_moves()
    {
        var page = Open();
        var type = page.FindComponents<MudSelect<StockMovementType>>().Single(s => s.Instance.Class!.Contains("field-Type"));
        await page.InvokeAsync(() => type.Instance.ValueChanged.InvokeAsync(StockMovementType.ReturnToSupplier));
        page.Find("#post-movement .field-Quantity input").Change("600");
        page.Find("#post-movement .field-Reason input").Change("Wet bags back to Pembe");
        await page.Find("#post-movement-button").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Need 600.000 kg Wheat Flour, 500.000 kg available.",
            page.Find("#post-movement .field-Quantity .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Equal(500m, await Ledger.BalanceAsync(flour));
    }

    [Fact]
    public async Task A_movement_is_reversed_with_a_reason_and_then_shows_as_reversed()
    {
        var use = await Ledger.PostAsync(flour, StockMovementType.ProductionUse, -36m, "Bread mix");
        var page = Open();

        await page.Find($"tr.movement-{use.Id} .reverse-movement").ClickAsync(new());
        await page.Find(".confirm-reverse").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Say why", page.Find("#reverse-movement .field-Reason .mud-input-helper-text.mud-input-error").TextContent));

        page.Find("#reverse-movement .field-Reason input").Change("Mix was never made");
        await page.Find(".confirm-reverse").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#reverse-movement")));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"tr.movement-{use.Id} .movement-reversed")));
        Assert.Contains("500 kg", page.Find(".item-stock").TextContent);
        Assert.Contains($"Reversal of #{use.Id}", page.Find("#history-table tbody .movement-type").TextContent);
        Assert.Empty(page.FindAll("#history-table tbody tr:first-child .reverse-movement"));
    }

    [Fact]
    public async Task Reversing_what_someone_else_just_reversed_shows_the_ledger_s_refusal()
    {
        var use = await Ledger.PostAsync(flour, StockMovementType.ProductionUse, -36m, "Bread mix");
        var page = Open();
        await page.Find($"tr.movement-{use.Id} .reverse-movement").ClickAsync(new());
        page.Find("#reverse-movement .field-Reason input").Change("Mix was never made");

        await Ledger.ReverseAsync(use.Id, "Another clerk was quicker");
        await page.Find(".confirm-reverse").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("This movement has already been reversed.", page.Find("#reverse-refused").TextContent));
        Assert.Equal(500m, await Ledger.BalanceAsync(flour));
    }

    [Fact]
    public async Task A_department_head_reads_the_history_but_cannot_post_or_reverse()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("head@chesanto.test", Role.DeptHead));

        var page = Open();

        Assert.Empty(page.FindAll("#post-movement"));
        Assert.Empty(page.FindAll(".reverse-movement"));
        Assert.Contains("500 kg", page.Find(".item-stock").TextContent);
    }

    [Fact]
    public void An_unknown_item_says_so()
    {
        var page = host.Render<ItemDetail>(p => p.Add(x => x.Id, 9999));

        page.WaitForAssertion(() => Assert.Contains("no inventory item number 9999", page.Find("#no-such-item").TextContent));
    }
}
