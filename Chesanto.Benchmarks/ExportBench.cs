using Chesanto.Domain.Accounting;
using Chesanto.Domain.Data;
using Chesanto.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Benchmarks;

/// <summary>A month of 10,000 expense lines exported to one typed, sized .xlsx sheet (read from the database and written).</summary>
public static class ExportBench
{
    public const int Rows = 10_000;

    public static async Task RunAsync()
    {
        await using var host = await BenchHost.StartAsync();
        var month = new DateOnly(2026, 3, 1);
        await using (var db = await host.Get<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync())
        {
            db.Actor = Chesanto.Domain.Common.Actor.System;
            var categories = Enum.GetValues<ExpenseCategory>();
            db.Set<Expense>().AddRange(Enumerable.Range(0, Rows).Select(i => new Expense
            {
                Date = month.AddDays(i % 28), Category = categories[i % categories.Length], Description = $"Bench line {i}: =SUM(A1) stays text",
                Quantity = 1 + i % 7, UnitCost = 12.5m + i % 300, Total = (1 + i % 7) * (12.5m + i % 300), PaymentMethod = PaymentMethod.Cash,
                RecordedByName = "bench", RecordedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid(),
            }));
            await db.SaveChangesAsync();
        }
        var exports = new AccountingExports(host.Get<ExpenseService>(), host.Get<FuelService>());
        var size = 0;
        await Measurement.RunAsync($"export {Rows:#,0} expense rows to .xlsx", 5, _ => Task.CompletedTask,
            async _ => size = (await exports.ExpensesAsync(month, month.AddMonths(1).AddDays(-1), null)).Length, warmup: 1);
        Console.WriteLine($"{"",-40} file size {size / 1024:#,0} KiB");
    }
}
