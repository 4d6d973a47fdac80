using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Books;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Domain.Sales;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Books;

/// <summary>
/// A seeded bakery (catalogue, prices, opening stock on 24 Nov 2026, crates) with the accountant acting, Mike as a
/// commission agent (5/10/5 per unit), and helpers that record a month's business through the real services.
/// </summary>
public abstract class BooksFixture : IAsyncLifetime
{
    protected readonly DomainHost host = new();
    protected ApplicationUser accountant = null!;
    protected int bread, kdf, scones, breadMix, kdfMix, mike, flour, supplier;

    public virtual async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<PriceSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        await host.Get<CrateSeeder>().SeedAsync();
        await host.Get<SupplierSeeder>().SeedAsync();
        accountant = await host.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        await using (var db = await host.NewDbAsync())
        {
            var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
            (bread, kdf, scones) = (products["Bread"], products["KDF"], products["Scones"]);
            var mixes = await db.Mixes.Where(m => m.IsActive).ToDictionaryAsync(m => m.ProductId, m => m.Id);
            (breadMix, kdfMix) = (mixes[bread], mixes[kdf]);
            flour = await db.InventoryItems.Where(i => i.Name == "Wheat Flour").Select(i => i.Id).SingleAsync();
            supplier = await db.Suppliers.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            mike = await SalesFixture.RecipientAsync(db, "Mike", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m, (bread, 5m), (kdf, 10m), (scones, 5m));
        }
        host.ActAs(accountant);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    protected DateOnly Today => host.Get<Chesanto.Domain.Common.BusinessClock>().Today;
    protected ProfitAndLossService Pnl => host.Get<ProfitAndLossService>();
    protected PeriodSummaryQuery Summary => host.Get<PeriodSummaryQuery>();

    /// <summary>Moves the clock to 07:00 on the given day.</summary>
    protected void GoTo(DateOnly day)
    {
        var now = host.Get<Chesanto.Domain.Common.BusinessClock>().Today;
        host.Time.Advance(TimeSpan.FromDays(day.DayNumber - now.DayNumber));
    }

    protected async Task ReceiveAsync(int itemId, decimal quantity, decimal unitCost)
    {
        var purchases = host.Get<PurchaseService>();
        var draft = await purchases.CreateDraftAsync(new PurchaseInput(supplier, Today, null, null, [new(itemId, quantity, unitCost)]));
        var ordered = await purchases.OrderAsync(draft.Id, draft.Version);
        await purchases.ReceiveAsync(ordered.Id, ordered.Version);
    }

    protected async Task<decimal> StockAsync(int itemId) => await host.Get<StockLedger>().BalanceAsync(itemId);

    protected Task<ProductionBatch> BakeAsync(int mixId, int packets) =>
        host.Get<ProductionService>().RecordBatchAsync(new BatchInput(mixId, packets));

    /// <summary>Dispatches to Mike and settles: <paramref name="back"/> of each product returns; banks what is expected less <paramref name="shortBy"/>.</summary>
    protected async Task<Settlement> SellAsync(int breadOut, int kdfOut, int breadBack, int kdfBack, decimal shortBy = 0m)
    {
        await host.Get<DispatchService>().DispatchAsync(new DispatchInput(mike, [new(bread, Grade.Regular, breadOut), new(kdf, Grade.Regular, kdfOut)], 5));
        var settlements = host.Get<SettlementService>();
        var returns = new List<ReturnLineInput> { new(bread, Grade.Regular, PriceChannel.Sales, breadBack), new(kdf, Grade.Regular, PriceChannel.Sales, kdfBack) };
        var preview = await settlements.PreviewAsync(new SettlementInput(mike, Today, returns, 5, []));
        var banked = preview.ExpectedBanking - shortBy;
        return await settlements.SettleAsync(new SettlementInput(mike, Today, returns, 5, [new(BankingMethod.Mpesa, banked, $"QX{Today:MMdd}{breadOut}")]));
    }

    protected Task<Expense> SpendAsync(ExpenseCategory category, decimal amount, string what) =>
        host.Get<ExpenseService>().RecordAsync(new ExpenseInput(Today, category, what, 1, amount, PaymentMethod.Cash, null));

    protected async Task<Employee> EmployeeAsync(string number, Department department, decimal salary)
    {
        var employee = new Employee
        {
            EmployeeNumber = number, FirstName = "Staff", LastName = number, PhonePrimary = "+254700000000", Position = "Staff",
            Department = department, HireDate = new DateOnly(2024, 1, 1), BasicSalary = salary, Version = Guid.NewGuid(),
        };
        await using var db = await host.NewDbAsync();
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        return employee;
    }
}
