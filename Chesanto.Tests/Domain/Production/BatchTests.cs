using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Production;

public sealed class BatchTests : ProductionFixture
{
    [Fact]
    public async Task A_batch_short_of_two_ingredients_is_refused_listing_both_and_nothing_is_posted()
    {
        await Ledger.PostAsync(await ItemAsync("Wheat Flour"), StockMovementType.ProductionUse, -480m, "Yesterday's bread");
        await Ledger.PostAsync(await ItemAsync("Cooking Oil"), StockMovementType.ProductionUse, -75m, "Yesterday's KDF");

        var error = await Assert.ThrowsAsync<DomainException>(() => Production.RecordBatchAsync(new BatchInput(kdfMix, 105)));

        Assert.Equal("Need 50.000 kg Wheat Flour, 20.000 kg available. Need 7.500 l Cooking Oil, 5.000 l available.", error.Message);
        Assert.Equal("Quantity", error.Field);
        Assert.Empty((await Production.DayAsync()).Batches);
        Assert.Equal(20m, await BalanceAsync("Wheat Flour"));
        Assert.Equal(100m, await BalanceAsync("Sugar"));
        Assert.Equal(0, await AvailableAsync(kdf));
    }

    [Fact]
    public async Task Recording_a_batch_posts_its_ingredients_bags_and_packets_and_announces_it()
    {
        var heard = new List<object>();
        var hub = (IEventHub)host.Services.GetService(typeof(IEventHub))!;
        using var a = hub.Subscribe<BatchRecorded>(e => { heard.Add(e); return Task.CompletedTask; });
        using var b = hub.Subscribe<FinishedGoodsChanged>(e => { heard.Add(e); return Task.CompletedTask; });

        var batch = await Production.RecordBatchAsync(new BatchInput(breadMix, 130, Rejects: 5, StartTime: new(6, 0), EndTime: new(8, 30),
            QualityNotes: "Slightly dark crust"));

        Assert.Equal(1, batch.BatchNumber);
        Assert.Equal(132, batch.ExpectedPackets);
        Assert.Equal(464m, await BalanceAsync("Wheat Flour"));
        Assert.Equal(4_940m, await BalanceAsync("Bread Improver"));
        Assert.Equal(4_865m, await BalanceAsync("Packaging Bags (Bread)"));
        Assert.Equal(130, await AvailableAsync(bread));
        Assert.Equal(5, await AvailableAsync(bread, Grade.Reject));
        Assert.Contains(new BatchRecorded(batch.Id, host.Get<BusinessClock>().Today, bread), heard);
        Assert.Contains(new FinishedGoodsChanged(bread, Grade.Regular, 130), heard);
        Assert.Equal(2, await Production.NextBatchNumberAsync());
    }

    [Fact]
    public async Task Changed_ingredient_quantities_are_what_the_batch_uses()
    {
        var defaults = await Production.DefaultLinesAsync(kdfMix);
        var oil = await ItemAsync("Cooking Oil");
        Assert.Equal(7.5m, defaults.Single(l => l.InventoryItemId == oil).Quantity);

        await Production.RecordBatchAsync(new BatchInput(kdfMix, 104,
            Lines: defaults.Select(l => l.InventoryItemId == oil ? l with { Quantity = 12.5m } : l).ToList()));

        Assert.Equal(67.5m, await BalanceAsync("Cooking Oil"));
    }

    [Fact]
    public async Task Editing_a_batch_posts_only_the_differences()
    {
        var batch = await Production.RecordBatchAsync(new BatchInput(breadMix, 130, Rejects: 5));
        var flour = await ItemAsync("Wheat Flour");
        var lines = (await Production.DefaultLinesAsync(breadMix)).Select(l => l.InventoryItemId == flour ? l with { Quantity = 35m } : l).ToList();
        host.ActAs(accountant);

        await Production.EditBatchAsync(batch.Id, new BatchEdit(128, 4, Lines: lines));

        Assert.Equal([-36m, 1m], (await BatchMovementsAsync(batch.Id, "Wheat Flour")).Select(m => m.Quantity));
        Assert.Equal([-135m, 3m], (await BatchMovementsAsync(batch.Id, "Packaging Bags (Bread)")).Select(m => m.Quantity));
        Assert.Single(await BatchMovementsAsync(batch.Id, "Sugar"));
        Assert.Equal(465m, await BalanceAsync("Wheat Flour"));
        Assert.Equal(128, await AvailableAsync(bread));
        Assert.Equal(4, await AvailableAsync(bread, Grade.Reject));
        var history = await Goods.HistoryAsync(bread, Grade.Regular);
        Assert.Equal([-2, 130], history.Select(m => m.Quantity));
    }

    [Fact]
    public async Task Deleting_a_batch_puts_everything_back()
    {
        var batch = await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        host.ActAs(accountant);

        await Production.DeleteBatchAsync(batch.Id, "Recorded twice");

        Assert.Empty((await Production.DayAsync()).Batches);
        Assert.Equal(500m, await BalanceAsync("Wheat Flour"));
        Assert.Equal(80m, await BalanceAsync("Cooking Oil"));
        Assert.Equal(3_000m, await BalanceAsync("Packaging Bags (KDF)"));
        Assert.Equal(0, await AvailableAsync(kdf));
        Assert.Contains("Recorded twice", (await BatchMovementsAsync(batch.Id, "Wheat Flour")).Last().Reason);
        Assert.Empty(await Ledger.VerifyAsync());
    }

    [Fact]
    public async Task A_batch_of_packets_already_dispatched_cannot_be_deleted()
    {
        var batch = await Production.RecordBatchAsync(new BatchInput(sconesMix, 102));
        host.ActAs(accountant);
        await Goods.AdjustAsync(scones, Grade.Regular, FinishedGoodsMovementType.Damage, -10, "Dropped tray");
        await Goods.AdjustAsync(scones, Grade.Regular, FinishedGoodsMovementType.Adjustment, -90, "Sent to the depot before dispatch was built");

        var error = await Assert.ThrowsAsync<DomainException>(() => Production.DeleteBatchAsync(batch.Id, "Mistake"));

        Assert.Contains("Only 2 Scones in the store", error.Message);
        Assert.Single((await Production.DayAsync()).Batches);
        Assert.Equal(474m, await BalanceAsync("Wheat Flour"));
    }

    [Fact]
    public async Task Bad_batches_are_refused()
    {
        var negative = await Assert.ThrowsAsync<DomainException>(() => Production.RecordBatchAsync(new BatchInput(breadMix, -1)));
        Assert.Equal(nameof(ProductionBatch.ActualPackets), negative.Field);
        var rejects = await Assert.ThrowsAsync<DomainException>(() => Production.RecordBatchAsync(new BatchInput(kdfMix, 100, Rejects: 3)));
        Assert.Equal(nameof(ProductionBatch.Rejects), rejects.Field);

        var newVersion = await host.Get<CatalogService>().CreateMixVersionAsync(breadMix);
        var inactive = await Assert.ThrowsAsync<DomainException>(() => Production.RecordBatchAsync(new BatchInput(newVersion.Id, 130)));
        Assert.Equal(nameof(ProductionBatch.MixId), inactive.Field);

        await Production.RecordBatchAsync(new BatchInput(breadMix, 130, BatchNumber: 4));
        var duplicate = await Assert.ThrowsAsync<DomainException>(() => Production.RecordBatchAsync(new BatchInput(breadMix, 130, BatchNumber: 4)));
        Assert.Equal(nameof(ProductionBatch.BatchNumber), duplicate.Field);

        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Chesanto.Domain.Accounts.Role.Salesman));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Production.RecordBatchAsync(new BatchInput(breadMix, 130)));
        host.ActAs(manager);
        Assert.Equal(464m, await BalanceAsync("Wheat Flour"));
    }

    [Fact]
    public async Task Clerks_recording_batches_at_once_never_take_flour_below_zero()
    {
        await Ledger.PostAsync(await ItemAsync("Wheat Flour"), StockMovementType.ProductionUse, -300m, "Earlier today");
        var clerks = Enumerable.Range(0, 6).Select(_ => host.Get<ProductionService>()).ToList();

        var outcomes = await Task.WhenAll(clerks.Select(async clerk =>
        {
            try { await clerk.RecordBatchAsync(new BatchInput(kdfMix, 105)); return (DomainException?)null; }
            catch (DomainException e) { return e; }
        }));

        var recorded = (await Production.DayAsync()).Batches;
        Assert.InRange(recorded.Count, 1, 4);
        Assert.Equal(6 - recorded.Count, outcomes.Count(o => o is not null));
        Assert.Equal(200m - 50m * recorded.Count, await BalanceAsync("Wheat Flour"));
        Assert.Equal(105 * recorded.Count, await AvailableAsync(kdf));
        Assert.Equal(recorded.Count, recorded.Select(b => b.BatchNumber).Distinct().Count());
        Assert.Empty(await Ledger.VerifyAsync());
        await using var db = await host.NewDbAsync();
        Assert.Equal(recorded.Count, await db.FinishedGoodsMovements.CountAsync());
    }
}
