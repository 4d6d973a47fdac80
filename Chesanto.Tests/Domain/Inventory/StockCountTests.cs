using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class StockCountTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private int flour, sugar;
    private ApplicationUser storekeeper = null!, salesman = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        storekeeper = await host.CreateUserAsync("store@chesanto.test", Role.ProductManager);
        salesman = await host.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        host.ActAs(storekeeper);
        var items = await host.Get<CatalogService>().ListItemsAsync();
        flour = items.Single(i => i.Name == "Wheat Flour").Id;
        sugar = items.Single(i => i.Name == "Sugar").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private StockCountService Counts => host.Get<StockCountService>();
    private StockLedger Ledger => host.Get<StockLedger>();

    [Fact]
    public async Task Counting_480_kg_of_flour_against_500_posts_minus_20_and_a_4_percent_variance_needs_no_investigation()
    {
        var heard = new List<StockChanged>();
        using var _ = ((IEventHub)host.Services.GetService(typeof(IEventHub))!)
            .Subscribe<StockChanged>(e => { heard.Add(e); return Task.CompletedTask; });

        var line = (await Counts.RecordCountAsync([(flour, 480m)], "Evening count")).Single();

        Assert.Equal(500m, line.Expected);
        Assert.Equal(480m, line.Counted);
        Assert.Equal(-20m, line.Difference);
        Assert.Equal(-4m, line.VariancePercent);
        Assert.False(line.NeedsInvestigation);
        Assert.Equal(480m, await Ledger.BalanceAsync(flour));
        var movement = (await Ledger.HistoryAsync(flour)).First();
        Assert.Equal(StockMovementType.CountAdjustment, movement.Type);
        Assert.Equal(-20m, movement.Quantity);
        Assert.Equal("Count", movement.ReferenceType);
        Assert.Equal("2026-11-24", movement.ReferenceId);
        Assert.Equal(new StockChanged(flour, 480m), heard.Single());
    }

    [Fact]
    public async Task Counting_450_kg_of_flour_is_a_10_percent_variance_that_needs_investigation()
    {
        var lines = await Counts.RecordCountAsync([(flour, 450m), (sugar, 100m)], "Month-end count");

        var flourLine = lines.Single(l => l.InventoryItemId == flour);
        Assert.Equal(-50m, flourLine.Difference);
        Assert.Equal(-10m, flourLine.VariancePercent);
        Assert.True(flourLine.NeedsInvestigation);
        Assert.False(lines.Single(l => l.InventoryItemId == sugar).NeedsInvestigation);
        Assert.Equal(450m, await Ledger.BalanceAsync(flour));
    }

    [Fact]
    public async Task A_negative_flour_count_is_refused_and_nothing_is_posted()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Counts.RecordCountAsync([(sugar, 90m), (flour, -1m)], "Typo"));

        Assert.Equal("Counted", error.Field);
        Assert.Equal(500m, await Ledger.BalanceAsync(flour));
        Assert.Equal(100m, await Ledger.BalanceAsync(sugar));
        Assert.Single(await Ledger.HistoryAsync(sugar));
    }

    [Fact]
    public async Task A_flour_count_that_agrees_with_the_ledger_posts_nothing()
    {
        var line = (await Counts.RecordCountAsync([(flour, 500m)], "Morning count")).Single();

        Assert.Equal(0m, line.Difference);
        Assert.Equal(0m, line.VariancePercent);
        Assert.False(line.NeedsInvestigation);
        Assert.Single(await Ledger.HistoryAsync(flour));
    }

    [Fact]
    public async Task A_salesman_cannot_count_the_flour_store()
    {
        host.ActAs(salesman);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => Counts.RecordCountAsync([(flour, 480m)], "Not mine to count"));

        host.ActAs(storekeeper);
        Assert.Equal(500m, await Ledger.BalanceAsync(flour));
    }
}
