using System.Diagnostics;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Benchmarks;

/// <summary>
/// Four months of sales on one SQLite file: every operating day, goods come in, then each of <see cref="Routes"/>
/// routes gets a dispatch (three products, crates) and settles in the evening with returns and an M-Pesa banking.
/// Times every dispatch and every settlement, so the ledgers' growth over the months shows in the last 100.
/// </summary>
public static class SalesBench
{
    public const int Routes = 8, Days = 120;

    public static async Task RunAsync()
    {
        var time = new SteppingTime(new DateTimeOffset(2026, 1, 5, 3, 0, 0, TimeSpan.Zero));
        await using var host = await BenchHost.StartAsync(time);
        var products = await ProductsAsync(host);
        var routes = await RoutesAsync(host, products);
        var dispatchTimes = new List<double>();
        var settleTimes = new List<double>();
        var code = 0;
        for (var day = 0; day < Days; day++)
        {
            var goods = host.Get<FinishedGoodsLedger>();
            foreach (var product in products)
                await goods.AdjustAsync(product, Grade.Regular, FinishedGoodsMovementType.Adjustment, 2_000, "Bench: the day's production");
            foreach (var route in routes)
            {
                var watch = Stopwatch.StartNew();
                await host.Get<DispatchService>().DispatchAsync(new DispatchInput(route,
                    products.Select((p, i) => new DispatchLineInput(p, Grade.Regular, 120 + 20 * i)).ToList(), 5));
                dispatchTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
            time.Advance(TimeSpan.FromHours(10));
            foreach (var route in routes)
            {
                var today = host.Get<Chesanto.Domain.Common.BusinessClock>().Today;
                var watch = Stopwatch.StartNew();
                await host.Get<SettlementService>().SettleAsync(new SettlementInput(route, today,
                    products.Select(p => new ReturnLineInput(p, Grade.Regular, PriceChannel.Sales, 10, 1)).ToList(), 5,
                    [new BankingInput(BankingMethod.Mpesa, 10_000m, $"QBENCH{++code:D6}")]));
                settleTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
            time.Advance(TimeSpan.FromHours(14));
        }
        Measurement.Print("dispatch, the first 100", dispatchTimes[..100]);
        Measurement.Print("dispatch, the last 100", dispatchTimes[^100..]);
        Measurement.Print($"dispatch, all {dispatchTimes.Count:#,0} ({Days} days x {Routes} routes)", dispatchTimes);
        Measurement.Print("settlement, the first 100", settleTimes[..100]);
        Measurement.Print("settlement, the last 100", settleTimes[^100..]);
        Measurement.Print($"settlement, all {settleTimes.Count:#,0}", settleTimes);
        var queries = host.Get<SalesQueries>();
        await Measurement.RunAsync("dispatch board after four months", 50, _ => Task.CompletedTask, _ => queries.BoardAsync(), warmup: 3);
        await Measurement.RunAsync("running account, four months", 50, _ => Task.CompletedTask,
            _ => queries.AccountAsync(routes[0], new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 1)), warmup: 3);
    }

    private static async Task<List<int>> ProductsAsync(BenchHost host)
    {
        await using var db = await host.Get<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        return await db.Products.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
    }

    internal static async Task<List<int>> RoutesAsync(BenchHost host, IReadOnlyList<int> products, int count = Routes)
    {
        await using var db = await host.Get<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        var routes = Enumerable.Range(1, count).Select(i => new SalesRecipient
        {
            Name = $"Bench route {i}", Kind = RecipientKind.CommissionAgent, DefaultChannel = PriceChannel.Sales, Version = Guid.NewGuid(),
            Plans = [new CommissionPlan
            {
                EffectiveFrom = new DateOnly(2025, 1, 1), SetByName = "bench",
                Rates = products.Select(p => new CommissionRate { ProductId = p, PerUnit = 5m }).ToList(),
            }],
        }).ToList();
        db.SalesRecipients.AddRange(routes);
        await db.SaveChangesAsync();
        return routes.Select(r => r.Id).ToList();
    }
}
