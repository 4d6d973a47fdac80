using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Books;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Domain.Sales;
using Chesanto.Tests.Support;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Integration.MonthBook;

/// <summary>
/// December 2026 entered through the domain services (November only seeds and one expense that must stay out), then the
/// real app over the same database file and clock, and the accountant's download of the month's book, made once.
/// </summary>
public sealed class MonthBookFixture : IAsyncLifetime
{
    public static readonly DateOnly Dec1 = new(2026, 12, 1), Dec2 = new(2026, 12, 2);
    public const string FormulaDescription = "=HYPERLINK(\"x\")";

    private readonly DomainHost host = new();
    private BookApp app = null!;
    public XLWorkbook Book { get; private set; } = null!;
    public string? FileName { get; private set; }
    public ProductionBatch[] Bread = [], Kdf = [], Scones = [];
    public decimal FlourUsed;
    public ProfitAndLoss Pnl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<PriceSeeder>().SeedAsync();
        await host.Get<CrateSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin));
        int bread, kdf, scones, mike, joel;
        Dictionary<int, int> mixes;
        await using (var db = await host.NewDbAsync())
        {
            var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
            (bread, kdf, scones) = (products["Bread"], products["KDF"], products["Scones"]);
            mixes = await db.Mixes.Where(m => m.IsActive).ToDictionaryAsync(m => m.ProductId, m => m.Id);
            mike = await SalesFixture.RecipientAsync(db, "Mike", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m, (bread, 5m), (kdf, 10m), (scones, 5m));
            joel = await SalesFixture.RecipientAsync(db, "Joel/Enos", RecipientKind.RouteSalesman, PriceChannel.Sales, 35_000m, 7m);
        }
        foreach (var product in new[] { bread, kdf, scones })
            await host.Get<FinishedGoodsLedger>().AdjustAsync(product, Grade.Regular, FinishedGoodsMovementType.Adjustment, 1_000, "Opening stock");
        await host.Get<ExpenseService>().RecordAsync(new ExpenseInput(new DateOnly(2026, 11, 24), ExpenseCategory.Flour, "November flour", 1, 3_650, PaymentMethod.Cash, null));
        var employees = new[] { await EmployeeAsync("E001", 15_000m, null), await EmployeeAsync("E002", 12_000m, "12345678") };

        // Tuesday 1 December, 07:00 in Nairobi.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero));
        var production = host.Get<ProductionService>();
        var b1 = await production.RecordBatchAsync(new BatchInput(mixes[bread], 132));
        var b2 = await production.RecordBatchAsync(new BatchInput(mixes[bread], 130, Rejects: 2));
        var k1 = await production.RecordBatchAsync(new BatchInput(mixes[kdf], 100));
        (Bread, Kdf) = ([b1, b2], [k1]);
        var ledger = host.Get<StockLedger>();
        var flour = await ItemAsync("Wheat Flour");
        await ledger.PostAsync(flour, StockMovementType.Purchase, 250m, "5 bags from Capwell");
        var mistake = await ledger.PostAsync(flour, StockMovementType.Purchase, 100m, "Typed twice");
        await ledger.ReverseAsync(mistake.Id, "Typed twice");
        await ledger.PostAsync(flour, StockMovementType.Wastage, -5m, "Wet bag");
        await host.Get<DispatchService>().DispatchAsync(new DispatchInput(mike,
            [new(bread, Grade.Regular, 240), new(kdf, Grade.Regular, 144), new(scones, Grade.Regular, 36)], 10));
        await host.Get<SettlementService>().SettleAsync(new SettlementInput(mike, Dec1,
            [new(bread, Grade.Regular, PriceChannel.Sales, 10), new(kdf, Grade.Regular, PriceChannel.Sales, 4)], 10,
            [new(BankingMethod.Mpesa, 26_000m, "QJK1A2B3C4")]));
        var expenses = host.Get<ExpenseService>();
        await expenses.RecordAsync(new ExpenseInput(Dec1, ExpenseCategory.Flour, "Flour 5 bags", 5, 3_650, PaymentMethod.Bank, "CHQ 0042"));
        var fuel = host.Get<FuelService>();
        await fuel.RecordAsync(new FuelInput(Dec1, null, FuelPurpose.Distribution, 1, FuelType.Petrol, null, FuelUnit.Litre, 9_329.77m, PaymentMethod.Credit, "R-118"));
        await fuel.DepositAsync(new FuelDepositInput(Dec1, null, 20_000m, PaymentMethod.Bank, "DEP-1"));

        // Wednesday 2 December.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 4, 0, 0, TimeSpan.Zero));
        var s1 = await production.RecordBatchAsync(new BatchInput(mixes[scones], 102));
        Scones = [s1];
        await host.Get<DispatchService>().DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 400), new(kdf, Grade.Regular, 200)], 12));
        await host.Get<SettlementService>().SettleAsync(new SettlementInput(joel, Dec2, [], 12, [new(BankingMethod.Mpesa, 44_000m, "QJK1A2B3C5")]));
        await expenses.RecordAsync(new ExpenseInput(Dec2, ExpenseCategory.Sundry, FormulaDescription, 2, 617.28m, PaymentMethod.Cash, null));
        await fuel.RecordAsync(new FuelInput(Dec2, null, FuelPurpose.Production, null, FuelType.Diesel, 2, FuelUnit.Jerrycan, 6_600m, PaymentMethod.Credit, null));
        var payroll = host.Get<PayrollService>();
        var run = await payroll.CreateRunAsync(2026, 12);
        foreach (var slip in run.Payslips)
            await payroll.UpdatePayslipAsync(slip.Id, slip.EmployeeNumber == "E001"
                ? new PayslipInput(0, 0, 0, 0, 0, 0, 0, false)
                : new PayslipInput(3, 2, 50, 630, 500, 1_000, 200, false), slip.Version);
        await using (var db = await host.NewDbAsync())
            FlourUsed = -(await db.StockMovements.Where(m => m.InventoryItemId == flour && m.Type == StockMovementType.ProductionUse)
                .Select(m => m.Quantity).ToListAsync()).Sum();

        Pnl = await host.Get<ProfitAndLossService>().MonthAsync(2026, 12);
        await using (var db = await host.NewDbAsync()) app = new BookApp(db.Database.GetConnectionString()!, host.Time);
        using var accountant = await ClientAsync(Role.Admin);
        var response = await accountant.GetAsync("/export/books/2026-12.xlsx");
        response.EnsureSuccessStatusCode();
        FileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    public async Task DisposeAsync()
    {
        Book?.Dispose();
        if (app is not null) await app.DisposeAsync();
        await host.DisposeAsync();
    }

    /// <summary>A new user of this role signed in to the app over HTTP.</summary>
    public async Task<HttpClient> ClientAsync(Role role)
    {
        const string password = "month book test password";
        var email = $"{role.Code().ToLowerInvariant()}-{Guid.NewGuid():N}@chesanto.test";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var result = await users.CreateAsync(new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FirstName = "Test", LastName = role.Title(), Role = role,
                IsActive = true, IsApproved = true, CreatedAt = host.Time.GetUtcNow(), LastPasswordLogin = host.Time.GetUtcNow(),
            }, password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AppUsers.SignInOverHttpAsync(client, email, password);
        return client;
    }

    private async Task<int> ItemAsync(string name)
    {
        await using var db = await host.NewDbAsync();
        return await db.InventoryItems.Where(i => i.Name == name).Select(i => i.Id).SingleAsync();
    }

    private async Task<Employee> EmployeeAsync(string number, decimal salary, string? nationalId)
    {
        var employee = new Employee
        {
            EmployeeNumber = number, FirstName = "Staff", LastName = number, PhonePrimary = "+254700000000", NationalId = nationalId,
            Position = "Baker", Department = Department.Production, HireDate = new DateOnly(2024, 1, 1), BasicSalary = salary,
            OvertimeRatePerMix = 31m, Version = Guid.NewGuid(),
        };
        await using var db = await host.NewDbAsync();
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        return employee;
    }

    /// <summary>The real app on the fixture's database file and clock; no migration or seeding at start (the file is ready).</summary>
    private sealed class BookApp(string connectionString, TimeProvider time) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", connectionString);
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
    }
}
