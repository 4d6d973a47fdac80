using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class InventoryReportQueriesTests : IAsyncLifetime
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private readonly DomainHost host = new();
    private int flour, sugar;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        var items = await host.Get<CatalogService>().ListItemsAsync();
        flour = items.Single(i => i.Name == "Wheat Flour").Id;
        sugar = items.Single(i => i.Name == "Sugar").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private InventoryReportQueries Queries => host.Get<InventoryReportQueries>();

    [Fact]
    public async Task Movements_of_a_range_of_business_days_for_all_items_or_one_oldest_first()
    {
        host.Time.Advance(TimeSpan.FromDays(1));
        var used = await host.Get<StockLedger>().PostAsync(flour, StockMovementType.ProductionUse, -50m, "=1+1 mix", "Batch", "B-1");
        await host.Get<StockLedger>().PostAsync(sugar, StockMovementType.ProductionUse, -2m, "Mix");

        var wednesday = await Queries.MovementsAsync(Tuesday.AddDays(1), Tuesday.AddDays(1));
        Assert.Equal(["Wheat Flour", "Sugar"], wednesday.Select(m => m.Item));
        var row = wednesday[0];
        Assert.Equal((used.Id, -50m, "kg", "=1+1 mix", "Batch", "B-1"), (row.Id, row.Quantity, row.Unit, row.Reason, row.ReferenceType, row.ReferenceId));

        var flourWeek = await Queries.MovementsAsync(Tuesday, Tuesday.AddDays(1), flour);
        Assert.Equal([StockMovementType.Opening, StockMovementType.ProductionUse], flourWeek.Select(m => m.Type));
        Assert.True(flourWeek[0].Id < flourWeek[1].Id);
        Assert.Empty(await Queries.MovementsAsync(Tuesday.AddDays(2), Tuesday.AddDays(9)));
    }

    [Fact]
    public async Task A_backwards_or_too_long_range_or_an_unknown_item_is_refused_and_a_salesman_may_not_look()
    {
        Assert.Equal("to", (await Assert.ThrowsAsync<DomainException>(() => Queries.MovementsAsync(Tuesday, Tuesday.AddDays(-1)))).Field);
        await Assert.ThrowsAsync<DomainException>(() => Queries.PurchasesAsync(Tuesday.AddDays(-InventoryReportQueries.MaxDays), Tuesday));
        Assert.Equal("item", (await Assert.ThrowsAsync<DomainException>(() => Queries.MovementsAsync(Tuesday, Tuesday, 99_999))).Field);
        host.ActAs(await host.CreateUserAsync("salesman@chesanto.test", Role.Salesman));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Queries.MovementsAsync(Tuesday, Tuesday));
    }
}
