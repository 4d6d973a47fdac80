using System.Diagnostics;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;

namespace Chesanto.Benchmarks;

/// <summary>
/// A heavy production day: 1,000 batches recorded on one day (each one transaction checking and posting its
/// ingredients, bags and packets), then the closing of that day over them. The two scenarios share the day when both run.
/// </summary>
public static class ProductionDayBench
{
    public const int Batches = 1_000;
    private static BenchHost? _recorded;

    /// <summary>Times each of <see cref="Batches"/> batches, products in turn, on a bakery stocked for all of them.</summary>
    public static async Task RecordBatchesAsync()
    {
        await DisposeAsync();
        _recorded = await RecordDayAsync(timed: true);
    }

    /// <summary>Times closing the day of <see cref="Batches"/> batches, a second close (changes nothing) and a forced re-close.</summary>
    public static async Task CloseDayAsync()
    {
        var host = _recorded ?? await RecordDayAsync(timed: false);
        _recorded = null;
        await using (host)
        {
            var closing = host.Get<DayClosingService>();
            var watch = Stopwatch.StartNew();
            var report = await closing.CloseDayAsync();
            Measurement.Print($"close a day of {report.BatchCount:#,0} batches", [watch.Elapsed.TotalMilliseconds]);
            await Measurement.RunAsync("close it again (already closed, no-op)", 20, _ => Task.CompletedTask, _ => closing.CloseDayAsync(), warmup: 1);
            await Measurement.RunAsync("re-close it (superadmin force)", 5, _ => Task.CompletedTask, _ => closing.CloseDayAsync(force: true), warmup: 1);
        }
    }

    public static async Task DisposeAsync()
    {
        if (_recorded is { } host) await host.DisposeAsync();
        _recorded = null;
    }

    private static async Task<BenchHost> RecordDayAsync(bool timed)
    {
        var host = await BenchHost.StartAsync();
        var production = host.Get<ProductionService>();
        var mixes = (await host.Get<CatalogService>().ListProductsAsync()).Where(p => p.ActiveMix is not null)
            .Select(p => (p.ActiveMix!.Id, p.ActiveMix.ExpectedPackets, Rejects: p.Product.SubProductName is null ? 0 : 2)).ToList();
        await StockUpAsync(host, production, mixes.Select(m => m.Id).ToList());

        var times = new List<double>(Batches);
        for (var i = 0; i < Batches; i++)
        {
            var (mixId, packets, rejects) = mixes[i % mixes.Count];
            var watch = Stopwatch.StartNew();
            await production.RecordBatchAsync(new BatchInput(mixId, packets, rejects));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        if (timed)
        {
            // Print sorts what it is given: the slices are copies, taken before the whole list is sorted.
            Measurement.Print("record a batch, the first 100 of the day", times[..100]);
            Measurement.Print("record a batch, the last 100 of the day", times[^100..]);
            Measurement.Print($"record a batch, all {Batches:#,0} on one day ({mixes.Count} products in turn)", times);
        }
        return host;
    }

    /// <summary>Opening stock for every batch to come (so no batch is refused for a shortage), and plenty of bags.</summary>
    private static async Task StockUpAsync(BenchHost host, ProductionService production, IReadOnlyList<int> mixIds)
    {
        var needed = new Dictionary<int, decimal>();
        var rounds = Batches / mixIds.Count + 1;
        foreach (var mixId in mixIds)
            foreach (var line in await production.DefaultLinesAsync(mixId))
                needed[line.InventoryItemId] = needed.GetValueOrDefault(line.InventoryItemId) + line.Quantity * rounds;
        var ledger = host.Get<StockLedger>();
        foreach (var item in await host.Get<CatalogService>().ListItemsAsync())
        {
            var quantity = item.Category == InventoryCategory.Packaging ? 1_000_000m : decimal.Round(needed.GetValueOrDefault(item.Id) * 1.1m, 3);
            if (quantity > 0) await ledger.PostAsync(item.Id, StockMovementType.Opening, quantity, "Benchmark opening stock");
        }
    }
}
