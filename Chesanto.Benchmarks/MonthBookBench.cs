using System.Diagnostics;
using Chesanto.Domain.Accounting;
using Chesanto.Domain.Books;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Web.Features.Exports.MonthBook;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Benchmarks;

/// <summary>
/// A busy April 2026 (every day: two batches of each product, 8 routes dispatched and settled, 3 cash-book lines, a fuel
/// fill), then the month's whole book (every workbook sheet, twelve months of P&amp;L) built as the download does.
/// </summary>
public static class MonthBookBench
{
    public const int Routes = 8, BatchesPerProduct = 2, Days = 30;

    public static async Task RunAsync()
    {
        var time = new SteppingTime(new DateTimeOffset(2026, 4, 1, 3, 0, 0, TimeSpan.Zero));
        await using var host = await BenchHost.StartAsync(time);
        var products = await host.Get<CatalogService>().ListProductsAsync();
        var mixes = products.Where(p => p.ActiveMix is not null).Select(p => p.ActiveMix!).ToList();
        var ledger = host.Get<StockLedger>();
        foreach (var item in await host.Get<CatalogService>().ListItemsAsync())
            await ledger.PostAsync(item.Id, StockMovementType.Opening, 1_000_000m, "Benchmark opening stock");
        var routes = await SalesBench.RoutesAsync(host, products.Select(p => p.Product.Id).ToList(), Routes);
        var seeding = Stopwatch.StartNew();
        var code = 0;
        for (var day = 0; day < Days; day++)
        {
            var today = host.Get<BusinessClock>().Today;
            foreach (var mix in mixes)
                for (var b = 0; b < BatchesPerProduct; b++)
                    await host.Get<ProductionService>().RecordBatchAsync(new BatchInput(mix.Id, mix.ExpectedPackets));
            foreach (var route in routes)
                await host.Get<DispatchService>().DispatchAsync(new DispatchInput(route,
                    mixes.Select(m => new DispatchLineInput(m.ProductId, Grade.Regular, m.ExpectedPackets / 4)).ToList(), 5));
            var expenses = host.Get<ExpenseService>();
            foreach (var (category, amount) in new[] { (ExpenseCategory.Flour, 3_650m), (ExpenseCategory.Sundry, 450m), (ExpenseCategory.BankCharges, 105m) })
                await expenses.RecordAsync(new ExpenseInput(today, category, $"Bench {category} =SUM(A1)", 2, amount, PaymentMethod.Cash, null));
            await host.Get<FuelService>().RecordAsync(new FuelInput(today, null, FuelPurpose.Distribution, 1 + day % 2, FuelType.Petrol, null,
                FuelUnit.Litre, 5_000m + day, PaymentMethod.Credit, null));
            time.Advance(TimeSpan.FromHours(10));
            foreach (var route in routes)
                await host.Get<SettlementService>().SettleAsync(new SettlementInput(route, today,
                    mixes.Select(m => new ReturnLineInput(m.ProductId, Grade.Regular, PriceChannel.Sales, 3)).ToList(), 5,
                    [new BankingInput(BankingMethod.Mpesa, 5_000m, $"QBOOK{++code:D5}")]));
            time.Advance(TimeSpan.FromHours(14));
        }
        Console.WriteLine($"{"seeded April 2026",-40} {seeding.Elapsed.TotalSeconds:0.0} s");
        var export = new MonthBookExport(host.Get<ProductionReportQueries>(), host.Get<DaySheetQuery>(), host.Get<SalesQueries>(),
            host.Get<FinishedGoodsMonthQuery>(), host.Get<StockMonthQuery>(), host.Get<PayrollBookQuery>(), host.Get<ExpenseService>(),
            host.Get<FuelService>(), host.Get<ProfitAndLossService>(), host.Get<BusinessClock>());
        var size = 0;
        await Measurement.RunAsync($"month book, April ({Routes} routes, {Days} days)", 5, _ => Task.CompletedTask,
            async _ => size = (await export.BookAsync(2026, 4)).Length, warmup: 1);
        Console.WriteLine($"{"",-40} file size {size / 1024:#,0} KiB");
    }
}
