using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class StockLedgerTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private int flour;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("production@chesanto.test", Role.ProductManager));
        flour = await ItemIdAsync("Wheat Flour");
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task<int> ItemIdAsync(string name) =>
        (await host.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == name).Id;

    private async Task<int> MovementCountAsync()
    {
        await using var db = await host.NewDbAsync();
        return await db.StockMovements.CountAsync();
    }

    [Fact]
    public async Task The_store_opens_with_500_kg_of_flour_and_stock_is_the_sum_of_movements()
    {
        var ledger = host.Get<StockLedger>();
        Assert.Equal(500m, await ledger.BalanceAsync(flour));

        await ledger.PostAsync(flour, StockMovementType.Purchase, 250m, "10 bags from Pembe", "Purchase", "PUR-20261124-001");
        await ledger.PostAsync(flour, StockMovementType.ProductionUse, -36m, "Bread mix 1");
        await ledger.PostAsync(flour, StockMovementType.Wastage, -2.5m, "Spilt bag");

        Assert.Equal(711.5m, await ledger.BalanceAsync(flour));
        Assert.Equal(711.5m, (await ledger.BalancesAsync())[flour]);
        var history = await ledger.HistoryAsync(flour, 10);
        Assert.Equal(711.5m, history.Sum(m => m.Quantity));
        Assert.Equal(StockMovementType.Wastage, history[0].Type);
        Assert.Equal("production@chesanto.test", history[0].UserName);
        Assert.Equal(new DateOnly(2026, 11, 24), history[0].BusinessDay);
    }

    [Fact]
    public async Task Using_more_flour_than_the_store_holds_is_refused()
    {
        var ledger = host.Get<StockLedger>();
        await ledger.PostAsync(flour, StockMovementType.ProductionUse, -474.5m, "Three days of baking");
        var before = await MovementCountAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            ledger.PostAsync(flour, StockMovementType.ProductionUse, -36m, "Bread mix 1"));

        Assert.Equal("Need 36.000 kg Wheat Flour, 25.500 kg available.", refused.Message);
        Assert.Equal(nameof(StockMovement.Quantity), refused.Field);
        Assert.Equal(before, await MovementCountAsync());
        Assert.Equal(25.5m, await ledger.BalanceAsync(flour));
    }

    [Fact]
    public async Task A_zero_quantity_or_a_missing_reason_is_refused()
    {
        var ledger = host.Get<StockLedger>();
        var zero = await Assert.ThrowsAsync<DomainException>(() => ledger.PostAsync(flour, StockMovementType.CountAdjustment, 0m, "Count"));
        var noReason = await Assert.ThrowsAsync<DomainException>(() => ledger.PostAsync(flour, StockMovementType.CountAdjustment, 1m, " "));

        Assert.Equal(nameof(StockMovement.Quantity), zero.Field);
        Assert.Equal(nameof(StockMovement.Reason), noReason.Field);
    }

    [Fact]
    public async Task A_reversed_purchase_restores_the_stock_and_cannot_be_reversed_again()
    {
        var ledger = host.Get<StockLedger>();
        var purchase = await ledger.PostAsync(flour, StockMovementType.Purchase, 100m, "2 bags", "Purchase", "PUR-20261124-002");

        var reversal = await ledger.ReverseAsync(purchase.Id, "Entered twice");

        Assert.Equal(500m, await ledger.BalanceAsync(flour));
        Assert.Equal((StockMovementType.Reversal, -100m, purchase.Id), (reversal.Type, reversal.Quantity, reversal.ReversesMovementId));
        await Assert.ThrowsAsync<DomainException>(() => ledger.ReverseAsync(purchase.Id, "Again"));
        await Assert.ThrowsAsync<DomainException>(() => ledger.ReverseAsync(reversal.Id, "Undo the undo"));
        Assert.Equal(500m, await ledger.BalanceAsync(flour));
    }

    [Fact]
    public async Task A_movement_cannot_be_edited_or_deleted_through_the_database()
    {
        await host.Get<StockLedger>().PostAsync(flour, StockMovementType.Purchase, 50m, "1 bag");

        await using (var db = await host.NewDbAsync())
        {
            var movement = await db.StockMovements.FirstAsync(m => m.InventoryItemId == flour);
            db.Entry(movement).Property(m => m.Quantity).CurrentValue = 5_000m;
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = await host.NewDbAsync())
        {
            db.StockMovements.Remove(await db.StockMovements.FirstAsync(m => m.InventoryItemId == flour));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        Assert.Equal(550m, await host.Get<StockLedger>().BalanceAsync(flour));
    }

    [Fact]
    public async Task Two_clerks_taking_flour_at_once_cannot_both_empty_the_store()
    {
        var (first, second) = (host.Get<StockLedger>(), host.Get<StockLedger>());

        var outcomes = await Task.WhenAll(
            Try(() => first.PostAsync(flour, StockMovementType.ProductionUse, -300m, "KDF, morning shift")),
            Try(() => second.PostAsync(flour, StockMovementType.ProductionUse, -300m, "Bread, morning shift")));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is DomainException { Field: nameof(StockMovement.Quantity) });
        Assert.Equal(200m, await first.BalanceAsync(flour));
        Assert.Empty(await first.VerifyAsync());
    }

    [Fact]
    public async Task Seeding_the_opening_stock_twice_posts_it_once()
    {
        var before = await MovementCountAsync();
        await host.Get<StockSeeder>().SeedAsync();

        Assert.Equal(20, before);
        Assert.Equal(before, await MovementCountAsync());
        Assert.Equal(20_000m, await host.Get<StockLedger>().BalanceAsync(await ItemIdAsync("Salt")));
    }

    [Fact]
    public async Task A_salesman_cannot_post_stock()
    {
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));

        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            host.Get<StockLedger>().PostAsync(flour, StockMovementType.ProductionUse, -1m, "Taking some"));
    }

    [Fact]
    public async Task A_clean_ledger_verifies_without_problems()
    {
        var ledger = host.Get<StockLedger>();
        var purchase = await ledger.PostAsync(flour, StockMovementType.Purchase, 100m, "2 bags");
        await ledger.ReverseAsync(purchase.Id, "Wrong item");

        Assert.Empty(await ledger.VerifyAsync());
    }

    [Fact]
    public async Task Posting_announces_the_new_balance()
    {
        var heard = new List<StockChanged>();
        using var _ = host.Services.GetService(typeof(IEventHub)) is IEventHub hub
            ? hub.Subscribe<StockChanged>(e => { heard.Add(e); return Task.CompletedTask; }) : null;

        await host.Get<StockLedger>().PostAsync(flour, StockMovementType.ProductionUse, -36m, "Bread mix 1");

        Assert.Equal([new StockChanged(flour, 464m)], heard);
    }

    private static async Task<Exception?> Try(Func<Task> post)
    {
        try { await post(); return null; }
        catch (Exception e) { return e; }
    }
}
