using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Inventory;

namespace Chesanto.Tests.Features.Inventory;

public sealed class StockBoardPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private int flour, salt;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        host.SignInAs(await host.Domain.CreateUserAsync("production@chesanto.test", Role.ProductManager));
        var items = await host.Domain.Get<CatalogService>().ListItemsAsync();
        (flour, salt) = (items.Single(i => i.Name == "Wheat Flour").Id, items.Single(i => i.Name == "Salt").Id);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private static string Row(IRenderedComponent<StockBoard> board, int itemId) => board.Find($"#stock-board tr.item-{itemId}").TextContent;

    [Fact]
    public async Task The_board_lists_every_active_item_with_its_stock_level_and_a_link_to_its_history()
    {
        var active = (await host.Domain.Get<CatalogService>().ListItemsAsync()).Count;

        var board = host.Render<StockBoard>();

        board.WaitForAssertion(() => Assert.Equal(active, board.FindAll("#stock-board tbody tr").Count));
        Assert.Contains("Wheat Flour", Row(board, flour));
        Assert.Contains("500 kg", Row(board, flour));
        Assert.Contains("Ok", board.Find($"tr.item-{flour} .stock-level").TextContent);
        Assert.Equal($"inventory/items/{flour}", board.Find($"tr.item-{flour} a.item-link").GetAttribute("href"));
    }

    [Fact]
    public async Task Two_open_boards_both_show_a_movement_posted_elsewhere_without_a_reload()
    {
        var first = host.Render<StockBoard>();
        var second = host.Context.Render<StockBoard>();
        first.WaitForAssertion(() => Assert.Contains("500 kg", Row(first, flour)));
        second.WaitForAssertion(() => Assert.Contains("500 kg", Row(second, flour)));

        // 480 kg used today is 20 kg a day over 24 operating days: the 20 kg left last one day.
        await host.Domain.Get<StockLedger>().PostAsync(flour, StockMovementType.ProductionUse, -480m, "Big order");

        foreach (var board in new[] { first, second })
            board.WaitForAssertion(() =>
            {
                Assert.Contains("20 kg", Row(board, flour));
                Assert.Equal("1", board.Find($"tr.item-{flour} .board-days").TextContent.Trim());
                Assert.Contains("Critical", board.Find($"tr.item-{flour} .stock-level").TextContent);
            }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_burst_of_movements_ends_with_every_one_of_them_on_the_board()
    {
        var board = host.Render<StockBoard>();
        board.WaitForAssertion(() => Assert.Contains("500 kg", Row(board, flour)));
        var ledger = host.Domain.Get<StockLedger>();
        var saltAfter = await ledger.BalanceAsync(salt) + 1000m;

        for (var i = 0; i < 10; i++) await ledger.PostAsync(flour, StockMovementType.ProductionUse, -1m, $"Tray {i}");
        await ledger.PostAsync(salt, StockMovementType.CountAdjustment, 1000m, "Found a bag");

        board.WaitForAssertion(() =>
        {
            Assert.Contains("490 kg", Row(board, flour));
            Assert.Contains(saltAfter.ToString("#,0.###"), Row(board, salt));
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Filtering_by_level_and_by_name_narrows_the_board()
    {
        await host.Domain.Get<StockLedger>().PostAsync(flour, StockMovementType.ProductionUse, -500m, "Everything");
        var board = host.Render<StockBoard>();
        board.WaitForAssertion(() => Assert.Contains("Out: 1", board.Find(".filter-out").TextContent));

        await board.Find(".filter-out").ClickAsync(new());
        board.WaitForAssertion(() => Assert.Single(board.FindAll("#stock-board tbody tr")));
        Assert.Contains("Wheat Flour", board.Find("#stock-board tbody tr").TextContent);

        await board.Find(".filter-out").ClickAsync(new());
        board.Find(".board-search input").Input("SAL");
        board.WaitForAssertion(() => Assert.All(board.FindAll("#stock-board tbody tr"), r => Assert.Contains("Sal", r.TextContent)));
        Assert.Contains("Salt", board.Find("#stock-board tbody").TextContent);
    }
}
