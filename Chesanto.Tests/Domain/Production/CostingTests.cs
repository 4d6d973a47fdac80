using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;

namespace Chesanto.Tests.Domain.Production;

public sealed class CostingTests : ProductionFixture
{
    [Fact]
    public async Task The_worked_example_of_domain_4_5_comes_out_to_the_cent()
    {
        // The old app's seed costs (DOMAIN §4.5 says "Code seed costs"): salt 0.04, yeast 0.60 / 0.90, fat 274, oil 237.
        await PriceAsync("Salt", 0.04m);
        await PriceAsync("Yeast (Standard)", 0.60m);
        await PriceAsync("Yeast (2-in-1)", 0.90m);
        await PriceAsync("Cooking Fat", 274m);
        await PriceAsync("Cooking Oil", 237m);

        await Production.RecordBatchAsync(new BatchInput(breadMix, 130, Rejects: 5));
        await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        await Production.RecordBatchAsync(new BatchInput(sconesMix, 100));
        host.ActAs(accountant);
        foreach (var (type, amount) in new[] { (IndirectCostType.Diesel, 1_500m), (IndirectCostType.Firewood, 800m),
                     (IndirectCostType.Electricity, 450m), (IndirectCostType.FuelDistribution, 600m) })
            await Production.AddIndirectCostAsync(new IndirectCostInput(type, amount));

        var day = await Production.DayAsync();

        Assert.Equal(3_350m, day.Cost.Indirect);
        Assert.Equal(13_856.70m, ProductionCosting.Shown(day.Cost.Ingredient));
        var rows = day.Cost.Batches.Select(b => (b.Product, b.Actual, b.Rejects, b.Variance, b.VariancePercent,
            ProductionCosting.Shown(b.Ingredient), ProductionCosting.Shown(b.Packaging), ProductionCosting.Shown(b.Allocated),
            ProductionCosting.Shown(b.Total), ProductionCosting.Shown(b.CostPerPacket!.Value), ProductionCosting.Shown(b.Revenue),
            ProductionCosting.Shown(b.GrossProfit), b.MarginPercent, b.MarginBand)).ToList();
        Assert.Equal([
            ("Bread", 130, 5, -2, -1.52m, 4_234.20m, 445.50m, 1_023.66m, 5_703.36m, 43.87m, 7_800m, 2_096.64m, 26.88m, Band.Warning),
            ("KDF", 105, 0, -2, -1.87m, 6_374.90m, 346.50m, 1_541.20m, 8_262.60m, 78.69m, 10_500m, 2_237.40m, 21.31m, Band.Warning),
            ("Scones", 100, 0, -2, -1.96m, 3_247.60m, 330.00m, 785.14m, 4_362.74m, 43.63m, 5_000m, 637.26m, 12.75m, Band.Bad),
        ], rows);
        Assert.Equal(3_350m, day.Cost.Batches.Sum(b => ProductionCosting.Shown(b.Allocated)));
        Assert.All(day.Cost.Batches, b => Assert.Equal(Band.Neutral, b.VarianceBand));
        // Day totals 135 / 105 / 100: bread's rejects are stock of their own grade.
        Assert.Equal([(bread, Grade.Regular, 130), (bread, Grade.Reject, 5), (kdf, Grade.Regular, 105), (scones, Grade.Regular, 100)],
            day.Stock.Select(s => (s.ProductId, s.Grade, s.Produced)));
    }

    [Fact]
    public async Task The_workbook_1_september_production_gives_1056_loaves_832_kdf_612_scones_and_2500_bags()
    {
        foreach (var bags in new[] { "Packaging Bags (Bread)", "Packaging Bags (KDF)", "Packaging Bags (Scones)" })
            await PriceAsync(bags, 163_850m / 50_000m);
        await Ledger.PostAsync(await ItemAsync("Wheat Flour"), StockMovementType.Purchase, 400m, "8 bags delivered");
        await Ledger.PostAsync(await ItemAsync("Yeast (Standard)"), StockMovementType.Purchase, 450m, "1 packet delivered");
        var bagsBefore = await BalanceAsync("Packaging Bags (Bread)") + await BalanceAsync("Packaging Bags (KDF)") + await BalanceAsync("Packaging Bags (Scones)");

        for (var i = 0; i < 8; i++) await Production.RecordBatchAsync(new BatchInput(breadMix, 132));
        foreach (var packets in new[] { 107, 106, 105, 105, 104, 103, 102, 100 }) await Production.RecordBatchAsync(new BatchInput(kdfMix, packets));
        for (var i = 0; i < 6; i++) await Production.RecordBatchAsync(new BatchInput(sconesMix, 102));

        var day = await Production.DayAsync();
        Assert.Equal(Enumerable.Range(1, 22), day.Batches.Select(b => b.BatchNumber));
        Assert.Equal([1_056, 832, 612], day.Stock.Where(s => s.Grade == Grade.Regular).Select(s => s.Produced));
        var bagsAfter = await BalanceAsync("Packaging Bags (Bread)") + await BalanceAsync("Packaging Bags (KDF)") + await BalanceAsync("Packaging Bags (Scones)");
        Assert.Equal(2_500m, bagsBefore - bagsAfter);
        Assert.Equal(8_192.50m, ProductionCosting.Shown(day.Cost.Packaging));
        Assert.Equal(500m + 400m - 8 * 36 - 8 * 50 - 6 * 26, await BalanceAsync("Wheat Flour"));
        Assert.Equal(1_056, await AvailableAsync(bread));
        // Bread at the workbook's prices is 4,224.38 a mix (DOMAIN §2.3 "XLS").
        Assert.Equal(4_224.38m, ProductionCosting.Shown(day.Cost.Batches.First().Ingredient));
        Assert.Empty(await Ledger.VerifyAsync());
    }
}
