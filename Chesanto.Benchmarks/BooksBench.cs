using System.Diagnostics;
using Chesanto.Domain.Accounting;
using Chesanto.Domain.Books;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Benchmarks;

/// <summary>
/// A year of the bakery's books recorded through the services (2026, Monday to Saturday): a weekly purchase of every
/// ingredient, five batches a day, eight routes dispatched and settled, six cash-book lines and two fuel fills a day,
/// and a payroll run per month for 21 staff. Then times the monthly P&amp;L for one month and for the whole year.
/// </summary>
public static class BooksBench
{
    private const int Routes = 8, Staff = 21, ExpensesPerDay = 6;

    public static async Task RunAsync()
    {
        var time = new SteppingTime(new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.Zero));
        await using var host = await BenchHost.StartAsync(time);
        var seeding = Stopwatch.StartNew();
        var (products, mixes, items, supplier) = await CatalogueAsync(host);
        var routes = await SalesBench.RoutesAsync(host, products, Routes);
        await StaffAsync(host);
        var clock = host.Get<BusinessClock>();
        var code = 0;
        while (clock.Today.Year == 2026)
        {
            var today = clock.Today;
            if (today.DayOfWeek == DayOfWeek.Monday || today.DayOfYear == 1) await BuyWeekAsync(host, items, supplier, today);
            if (today.Day == 1 && today.Month > 1) await host.Get<PayrollService>().CreateRunAsync(2026, today.Month - 1);
            if (today.DayOfWeek != DayOfWeek.Sunday)
            {
                foreach (var mix in mixes) await host.Get<ProductionService>().RecordBatchAsync(new BatchInput(mix, 110));
                foreach (var route in routes)
                    await host.Get<DispatchService>().DispatchAsync(new DispatchInput(route, products.Select((p, i) => new DispatchLineInput(p, Grade.Regular, i == 0 ? 40 : 12)).ToList(), 4));
                await CashBookAsync(host, today);
                time.Advance(TimeSpan.FromHours(10));
                foreach (var route in routes)
                    await host.Get<SettlementService>().SettleAsync(new SettlementInput(route, today,
                        products.Select(p => new ReturnLineInput(p, Grade.Regular, PriceChannel.Sales, 5)).ToList(), 4,
                        [new BankingInput(BankingMethod.Mpesa, 5_000m, $"QBOOKS{++code:D6}")]));
                time.Advance(TimeSpan.FromHours(14));
            }
            else time.Advance(TimeSpan.FromDays(1));
        }
        Console.WriteLine($"seeded a year of books through the services in {seeding.Elapsed.TotalSeconds:0} s");

        var books = host.Get<ProfitAndLossService>();
        var december = await books.MonthAsync(2026, 12);
        Console.WriteLine($"December 2026: revenue {december.TotalRevenue:N0}, gross {december.GrossProfit:N0}, net {december.NetProfit:N0} KES");
        await Measurement.RunAsync("P&L for one month (Dec 2026)", 20, _ => Task.CompletedTask, _ => books.MonthAsync(2026, 12), warmup: 2);
        await Measurement.RunAsync("P&L month on month, a year (12 months)", 5, _ => Task.CompletedTask, _ => books.MonthsAsync(2026, 12, 12), warmup: 1);
        await Measurement.RunAsync("period summary, a year", 5, _ => Task.CompletedTask,
            _ => host.Get<PeriodSummaryQuery>().SummaryAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), warmup: 1);
    }

    private static async Task<(List<int> Products, List<int> Mixes, List<InventoryItem> Items, int Supplier)> CatalogueAsync(BenchHost host)
    {
        await using var db = await host.Get<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        var products = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var mixes = await db.Mixes.Where(m => m.IsActive).OrderBy(m => m.ProductId).Select(m => m.Id).ToListAsync();
        var items = await db.InventoryItems.Where(i => i.Category == InventoryCategory.Raw || i.Category == InventoryCategory.Packaging).ToListAsync();
        var supplier = await db.Suppliers.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        // Five batches a day: bread three times.
        return (products, [mixes[0], mixes[0], mixes[0], .. mixes.Skip(1)], items, supplier);
    }

    private static async Task BuyWeekAsync(BenchHost host, IReadOnlyList<InventoryItem> items, int supplier, DateOnly today)
    {
        var purchases = host.Get<PurchaseService>();
        var lines = items.Select(i => new PurchaseLineInput(i.Id, i.Category == InventoryCategory.Packaging ? 6_000 : 120, i.CostPerPurchaseUnit)).ToList();
        var draft = await purchases.CreateDraftAsync(new PurchaseInput(supplier, today, null, "Bench: the week's stock", lines));
        var ordered = await purchases.OrderAsync(draft.Id, draft.Version);
        await purchases.ReceiveAsync(ordered.Id, ordered.Version);
    }

    private static async Task CashBookAsync(BenchHost host, DateOnly today)
    {
        var expenses = host.Get<ExpenseService>();
        ExpenseCategory[] categories = [ExpenseCategory.Electricity, ExpenseCategory.BankCharges, ExpenseCategory.Stationery,
            ExpenseCategory.Sundry, ExpenseCategory.MachineRepairs, ExpenseCategory.FoodColour];
        for (var i = 0; i < ExpensesPerDay; i++)
            await expenses.RecordAsync(new ExpenseInput(today, categories[i], $"Bench line {i}", 1, 250m + 50 * i, PaymentMethod.Cash, null));
        var fuel = host.Get<FuelService>();
        await fuel.RecordAsync(new FuelInput(today, null, FuelPurpose.Production, null, FuelType.Diesel, 1, FuelUnit.Jerrycan, 3_300m, PaymentMethod.Credit, null));
        await fuel.RecordAsync(new FuelInput(today, null, FuelPurpose.Distribution, 1 + today.Day % 3, FuelType.Petrol, 20, FuelUnit.Litre, 3_600m, PaymentMethod.Credit, null));
    }

    private static async Task StaffAsync(BenchHost host)
    {
        await using var db = await host.Get<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        db.Actor = Actor.System;
        db.Employees.AddRange(Enumerable.Range(1, Staff).Select(i => new Employee
        {
            EmployeeNumber = $"BKS{i:D3}", FirstName = "Books", LastName = $"Staff {i}", PhonePrimary = $"+2547120{i:D5}", Position = "Baker",
            Department = (Department)(i % 5), HireDate = new DateOnly(2024, 1, 1), BasicSalary = 8_000m + 1_000m * i, CreatedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
    }
}
