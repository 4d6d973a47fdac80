using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class StockHistoryTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private StockLedger ledger = null!;
    private int flour, sugar;
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    /// <summary>Flour: the seeded opening, then 3 days of 2 uses each (Tue, Wed, Thu), then a purchase on Thursday.</summary>
    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("production@chesanto.test", Role.ProductManager));
        var items = await host.Get<CatalogService>().ListItemsAsync();
        (flour, sugar) = (items.Single(i => i.Name == "Wheat Flour").Id, items.Single(i => i.Name == "Sugar").Id);
        ledger = host.Get<StockLedger>();
        for (var day = 0; day < 3; day++)
        {
            if (day > 0) host.Time.Advance(TimeSpan.FromDays(1));
            await ledger.PostAsync(flour, StockMovementType.ProductionUse, -36m, $"Bread mix, day {day + 1} morning");
            await ledger.PostAsync(sugar, StockMovementType.ProductionUse, -1m, "Bread mix");
            await ledger.PostAsync(flour, StockMovementType.ProductionUse, -36m, $"Bread mix, day {day + 1} afternoon");
        }
        await ledger.PostAsync(flour, StockMovementType.Purchase, 250m, "10 bags", "Purchase", "PUR-20261126-001");
    }

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Pages_come_newest_first_with_the_total_and_only_the_item_s_own_movements()
    {
        var first = await ledger.HistoryPageAsync(flour, new(), 0, 3);
        var second = await ledger.HistoryPageAsync(flour, new(), 3, 3);
        var last = await ledger.HistoryPageAsync(flour, new(), 6, 3);

        Assert.Equal(8, first.Total);
        Assert.Equal(["10 bags", "Bread mix, day 3 afternoon", "Bread mix, day 3 morning"], first.Movements.Select(m => m.Reason));
        Assert.Equal(["Bread mix, day 2 afternoon", "Bread mix, day 2 morning", "Bread mix, day 1 afternoon"], second.Movements.Select(m => m.Reason));
        Assert.Equal([StockMovementType.ProductionUse, StockMovementType.Opening], last.Movements.Select(m => m.Type));
        Assert.All(first.Movements.Concat(second.Movements).Concat(last.Movements), m => Assert.Equal(flour, m.InventoryItemId));
        Assert.Equal(500m - 6 * 36m + 250m, first.Movements.Concat(second.Movements).Concat(last.Movements).Sum(m => m.Quantity));
    }

    [Fact]
    public async Task Filtering_by_type_and_business_days_counts_and_pages_only_the_matches()
    {
        var uses = await ledger.HistoryPageAsync(flour, new(StockMovementType.ProductionUse), 0, 50);
        var wednesday = await ledger.HistoryPageAsync(flour, new(From: Tuesday.AddDays(1), To: Tuesday.AddDays(1)), 0, 50);
        var fromWednesday = await ledger.HistoryPageAsync(flour, new(StockMovementType.ProductionUse, From: Tuesday.AddDays(1)), 2, 50);
        var untilTuesday = await ledger.HistoryPageAsync(flour, new(To: Tuesday), 0, 50);

        Assert.Equal(6, uses.Total);
        Assert.All(uses.Movements, m => Assert.Equal(StockMovementType.ProductionUse, m.Type));
        Assert.Equal(["Bread mix, day 2 afternoon", "Bread mix, day 2 morning"], wednesday.Movements.Select(m => m.Reason));
        Assert.Equal(4, fromWednesday.Total);
        Assert.Equal(["Bread mix, day 2 afternoon", "Bread mix, day 2 morning"], fromWednesday.Movements.Select(m => m.Reason));
        Assert.Equal(3, untilTuesday.Total);
        Assert.Equal(StockMovementType.Opening, untilTuesday.Movements[^1].Type);
    }

    [Fact]
    public async Task A_page_says_which_of_its_movements_are_reversed()
    {
        var purchase = (await ledger.HistoryPageAsync(flour, new(StockMovementType.Purchase), 0, 1)).Movements.Single();
        var reversal = await ledger.ReverseAsync(purchase.Id, "Entered twice");

        var page = await ledger.HistoryPageAsync(flour, new(), 0, 3);

        Assert.Equal([reversal.Id, purchase.Id], page.Movements.Take(2).Select(m => m.Id));
        Assert.Equal([purchase.Id], page.Reversed);
        Assert.Equal(purchase.Id, page.Movements[0].ReversesMovementId);
    }

    [Fact]
    public async Task A_salesman_cannot_read_the_history_and_silly_page_sizes_are_refused()
    {
        await Assert.ThrowsAsync<DomainException>(() => ledger.HistoryPageAsync(flour, new(), 0, 0));
        await Assert.ThrowsAsync<DomainException>(() => ledger.HistoryPageAsync(flour, new(), -1, 10));
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => ledger.HistoryPageAsync(flour, new(), 0, 10));
    }
}
