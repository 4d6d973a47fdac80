using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Alerts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Chesanto.Tests.EndToEnd;

/// <summary>Opens the main pages as a clerk would, on a laptop and on a phone, and keeps screenshots to look at.</summary>
[Collection(AppCollection.Name)]
public sealed class PagesLookTests(AppHost app)
{
    [Theory]
    [InlineData(1280, 800, "laptop")]
    [InlineData(390, 844, "phone")]
    public async Task The_ceo_can_open_every_module_page(int width, int height, string device)
    {
        var page = await app.NewPageAsync(width, height);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        var flour = await FlourIdAsync();
        var depot = await SalesSeed.RecipientWithStockAsync(app, "Matayos Depot", Chesanto.Domain.Sales.RecipientKind.Depot, Chesanto.Domain.Catalog.PriceChannel.Distributor);
        await SalesSeed.DispatchedTodayAsync(app, depot);
        var today = app.Services.GetRequiredService<Chesanto.Domain.Common.BusinessClock>().Today;
        await SeedAlertsAsync();
        var payslip = await SeedPayrollAsync();
        await SeedBooksAsync();
        var reportDay = await ReportSeed.DailyReportAsync(app);
        var reportMonth = await ReportSeed.MonthlyReportAsync(app);
        (string Path, string Heading)[] pages =
        [
            ("/", "Karibu"),
            ("/inventory", "Stock board"),
            ($"/inventory/items/{flour}", "Wheat Flour"),
            ("/people", "Staff"),
            ("/people/new", "employee"),
            ("/catalog", "Products"),
            ("/catalog/prices", "Prices"),
            ("/inventory/items", "Items"),
            ("/inventory/purchases", "Purchases"),
            ("/inventory/suppliers/payments", "Supplier payments"),
            ("/inventory/wastage", "Wastage"),
            ("/inventory/counts", "Stock count"),
            ("/inventory/crates", "Crates"),
            ("/inventory/units", "Unit conversions"),
            ("/production", "Production"),
            ("/admin/users", "Users"),
            ("/admin/audit", "Audit"),
            ("/alerts", "Alerts"),
            ("/profile", "My profile"),
            ("/attendance", "My attendance"),
            ("/attendance/board", "Attendance board"),
            ("/attendance/reports", "Attendance reports"),
            ("/attendance/pins", "Kiosk PINs"),
            ("/payroll", "Payroll"),
            ("/payroll/2025/9", "Payroll"),
            ($"/payroll/payslip/{payslip}", "Payslip"),
            ("/payroll/casuals", "Casual labour"),
            ("/payroll/balances", "Advances"),
            ("/payroll/mine", "My payslips"),
            ("/sales/recipients", "Recipients"),
            ($"/sales/recipients/{await DepotIdAsync()}", "Matayos Depot"),
            ("/sales/dispatch", "Dispatch"),
            ($"/sales/settle/{depot}/{today:yyyy-MM-dd}", "Settle"),
            ("/accounting/expenses", "Expenses"),
            ("/accounting/petty-cash", "Petty cash"),
            ("/accounting/fuel", "Fuel"),
            ("/accounting/pnl", "Profit and loss"),
            ("/accounting/month-on-month", "Month on month"),
            ("/reports", "Reports"),
            ($"/reports/daily/{reportDay:yyyy-MM-dd}", "Daily report"),
            ($"/reports/monthly/{reportMonth:yyyy-MM-dd}", "Monthly report"),
        ];
        foreach (var (path, heading) in pages)
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            Assert.Contains(heading, await page.InnerTextAsync("h1"), StringComparison.OrdinalIgnoreCase);
            await page.ScreenshotAsync($"{device}{(path == "/" ? "-dashboard" : path.StartsWith("/sales/settle") ? "-sales-settle" : path.StartsWith("/reports/") ? "-report-" + path.Split('/')[2] : path.Replace('/', '-'))}");
        }
    }

    /// <summary>A critical and a warning alert open, and one resolved; raising again is a no-op (same subjects).</summary>
    private async Task SeedAlertsAsync()
    {
        using var scope = app.Services.CreateScope();
        var alerts = scope.ServiceProvider.GetRequiredService<AlertService>();
        await alerts.RaiseAsync(new AlertDraft("Deficit", AlertSeverity.Critical, "Deficit of 1,250 KES: Otieno, route Kisumu town",
            "Settlement of 24 Nov banked 8,750 KES against 10,000 KES expected. Nothing has been deducted.",
            "alerts", ToAccountant: true, ToCeo: true, SubjectKey: "Look:Deficit"));
        await alerts.RaiseAsync(new AlertDraft("CrateShortfall", AlertSeverity.Warning, "3 crates short: Wanjiku",
            "Dispatched 20 crates, 17 came back.", null, ToAccountant: true, ToCeo: false, SubjectKey: "Look:Crates"));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        if (await db.Alerts.AnyAsync(a => a.SubjectKey == "Look:Resolved")) return;
        var now = DateTimeOffset.UtcNow;
        db.Alerts.Add(new Alert
        {
            Kind = "Deficit", Severity = AlertSeverity.Warning, Title = "Deficit of 200 KES: Mutua", Message = "Short by 200 KES.",
            ToAccountant = true, SubjectKey = "Look:Resolved", RaisedAt = now.AddDays(-1), BusinessDay = DateOnly.FromDateTime(now.Date),
            ResolvedAt = now, ResolvedByName = "Accountant Test", Resolution = "Paid in full the next morning (M-Pesa QX12).",
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A draft September 2025 run with the workbook's worked payslip, and a week of casuals.</summary>
    private async Task<int> SeedPayrollAsync()
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        if (await db.Payslips.Where(p => p.EmployeeNumber == "LOOK22").Select(p => p.Id).FirstOrDefaultAsync() is var id and > 0) return id;
        var employee = new Employee
        {
            EmployeeNumber = "LOOK22", FirstName = "Jeremiah", LastName = "Look", PhonePrimary = "+254700000022", Position = "Sales Rep",
            Department = Department.Sales, HireDate = new DateOnly(2024, 1, 1), BasicSalary = 11_500m, MpesaNumber = "+254700000022", Version = Guid.NewGuid(),
        };
        var slip = new Payslip
        {
            Employee = employee, EmployeeNumber = "LOOK22", EmployeeName = "Jeremiah Look", Position = "Sales Rep", MonthlySalary = 11_500m,
            DaysAbsent = 5, MpesaFeeRefund = 1_542m, CommissionEarned = 1_536.50m, Lunch = 500m, Recovery = 4_754m, OvertimeRate = 31m,
            MpesaNumber = "+254700000022", Version = Guid.NewGuid(),
        };
        db.PayrollRuns.Add(new PayrollRun { Year = 2025, Month = 9, CreatedAt = DateTimeOffset.UtcNow, CreatedByName = "Accountant", Payslips = [slip], Version = Guid.NewGuid() });
        db.CasualLabour.Add(new CasualLabour
        {
            Day = DateOnly.FromDateTime(DateTime.Today), Workers = "Seven casuals", WorkerCount = 7, Task = "Packing", Rate = 1_200m,
            Unit = RateUnit.Week, RecordedAt = DateTimeOffset.UtcNow, RecordedByName = "Accountant", Version = Guid.NewGuid(),
        });
        db.EmployeeBalanceEntries.Add(new EmployeeBalanceEntry
        {
            Employee = employee, Day = new DateOnly(2025, 9, 30), Kind = BalanceEntryKind.LoanGiven, Account = BalanceAccount.LoanOrDeficit,
            Amount = 14_221m, Description = "Loan", RecordedAt = DateTimeOffset.UtcNow, RecordedByName = "Accountant",
        });
        await db.SaveChangesAsync();
        return slip.Id;
    }

    /// <summary>A few cash-book lines, a petty cash float and a week of fuel, once per app.</summary>
    private async Task SeedBooksAsync()
    {
        using var scope = app.Services.CreateScope();
        var clock = scope.ServiceProvider.GetRequiredService<BusinessClock>();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync())
            if (await db.Expenses.AnyAsync(e => e.Reference == "LOOK-1")) return;
        var actAs = new FixedCurrentUser(new Actor(null, "Accountant Look", Role.Admin));
        var dbs = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>();
        var events = scope.ServiceProvider.GetRequiredService<IEventHub>();
        var expenses = new ExpenseService(dbs, actAs, clock, events);
        var today = clock.Today;
        await expenses.RecordAsync(new ExpenseInput(today, ExpenseCategory.Electricity, "Kenya Power token", 1, 51_244, PaymentMethod.MPesa, "LOOK-1"));
        await expenses.RecordAsync(new ExpenseInput(today, ExpenseCategory.CookingOil, "Cooking oil 20 L", 2, 4_450, PaymentMethod.Cash, null));
        await expenses.RecordAsync(new ExpenseInput(today, ExpenseCategory.BankCharges, "Transaction costs", 1, 2_083, PaymentMethod.Bank, "EQB stmt"));
        var petty = new PettyCashService(dbs, actAs, expenses);
        await petty.TopUpAsync(today, 5_000, PaymentMethod.Cash, null);
        await petty.SpendAsync(today, ExpenseCategory.Stationery, "Receipt books", 650, "R-77");
        var fuel = new FuelService(dbs, actAs, clock, events);
        await fuel.DepositAsync(new FuelDepositInput(today, null, 60_000, PaymentMethod.Bank, "DEP-LOOK"));
        await fuel.RecordAsync(new FuelInput(today, null, FuelPurpose.Distribution, 1, FuelType.Petrol, null, FuelUnit.Litre, 9_329.77m, PaymentMethod.Credit, null));
        await fuel.RecordAsync(new FuelInput(today, null, FuelPurpose.Production, null, FuelType.Diesel, 2, FuelUnit.Jerrycan, 6_600, PaymentMethod.Credit, null));
    }

    private async Task<int> FlourIdAsync()
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        return await db.InventoryItems.Where(i => i.Name == "Wheat Flour").Select(i => i.Id).SingleAsync();
    }

    private async Task<int> DepotIdAsync()
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        return await db.SalesRecipients.Where(r => r.Name == "Matayos Depot").Select(r => r.Id).SingleAsync();
    }

    [Theory]
    [InlineData(1280, 800, "laptop")]
    [InlineData(390, 844, "phone")]
    public async Task The_analytics_page_draws_its_eight_charts(int width, int height, string device)
    {
        await AnalyticsSeed.WeekAsync(app);
        var page = await app.NewPageAsync(width, height);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/books/analytics");
        await page.WaitForCircuitAsync();
        Assert.Contains("Analytics", await page.InnerTextAsync("h1"));
        Assert.Equal(8, await page.Locator(".chart-card").CountAsync());
        await page.ClickAsync(".pick-last-90-days");
        var from = app.Services.GetRequiredService<BusinessClock>().Today.AddDays(-89).ToString("yyyy-MM-dd");
        await page.WaitForFunctionAsync($"document.querySelector('.range-from input').value === '{from}'");
        Assert.Equal(0, await page.Locator(".range-error").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await page.ScreenshotAsync($"{device}-books-analytics");
    }

    [Fact]
    public async Task The_report_pages_fit_a_375_px_phone()
    {
        var day = await ReportSeed.DailyReportAsync(app);
        var page = await app.NewPageAsync(375, 812);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        foreach (var path in new[] { "/reports", $"/reports/daily/{day:yyyy-MM-dd}" })
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), path);
        }
        Assert.Contains("KES", await page.InnerTextAsync("#report-sales"));
        await page.ScreenshotAsync(new() { Path = AppHost.ScreenshotPath("phone375-report-daily-top") });
    }

    [Fact]
    public async Task The_recipient_pages_fit_a_375_px_phone()
    {
        var page = await app.NewPageAsync(375, 812);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        foreach (var path in new[] { "/sales/recipients", $"/sales/recipients/{await DepotIdAsync()}" })
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), path);
        }
        await page.GotoAsync("/sales/recipients");
        await page.WaitForCircuitAsync();
        await page.ClickAsync("#add-recipient");
        await page.Locator(".save-recipient").WaitForAsync();
        await page.ScreenshotAsync("phone375-sales-recipient-add");
    }

    [Fact]
    public async Task A_count_posted_on_a_phone_shows_its_variances_without_sideways_scrolling()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/inventory/counts");
        await page.WaitForCircuitAsync();
        var trays = page.Locator("#count-table tbody tr", new() { HasText = "Baking Trays" });
        var expected = decimal.Parse((await trays.Locator(".count-expected").InnerTextAsync()).Split(' ')[0]);
        await trays.Locator("input").FillAsync((expected - 3).ToString());
        await page.Locator(".field-Note input").FillAsync("Phone check");
        await page.ClickAsync("#post-count");

        var result = page.Locator("#count-result-table tbody tr", new() { HasText = "Baking Trays" });
        await result.WaitForAsync();
        Assert.Contains("Investigate", await result.InnerTextAsync());
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await page.ScreenshotAsync("phone-inventory-count-posted");
    }

    [Theory]
    [InlineData(1280, 800, "laptop")]
    [InlineData(375, 812, "phone375")]
    public async Task The_accountant_records_a_supplier_payment_and_sees_the_status_change(int width, int height, string device)
    {
        var number = await ReceivedPurchaseAsync($"Look payments {device}");
        var page = await app.NewPageAsync(width, height);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/inventory/suppliers/payments");
        await page.WaitForCircuitAsync();
        var row = page.Locator("#unpaid-purchases tbody tr", new() { HasText = number });
        Assert.Contains("Unpaid", await row.InnerTextAsync());
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await page.ScreenshotAsync($"{device}-supplier-payments");

        await row.Locator(".pay-purchase").ClickAsync();
        await page.Locator(".field-Amount input").FillAsync("1000");
        await page.Locator(".field-Reference input").FillAsync($"QK-{device}");
        await page.ScreenshotAsync($"{device}-supplier-payment-dialog");
        await page.ClickAsync(".save-payment");

        await page.Locator("#unpaid-purchases tbody tr", new() { HasText = number }).Locator(".payment-status", new() { HasText = "Part paid" }).WaitForAsync();
        Assert.Contains($"QK-{device}", await page.InnerTextAsync("#supplier-payments"));
        await page.ScreenshotAsync($"{device}-supplier-payment-recorded");
    }

    /// <summary>A purchase of 2 bags of flour, drafted, ordered and received as the system, under a supplier of its own.</summary>
    private async Task<string> ReceivedPurchaseAsync(string supplierName)
    {
        using var scope = app.Services.CreateScope();
        var purchases = SalesSeed.AsSystem<Chesanto.Domain.Inventory.PurchaseService>(scope);
        var supplier = await purchases.SaveSupplierAsync(new Chesanto.Domain.Inventory.Supplier { Name = supplierName, PaymentTerms = "Net 30 days" });
        var today = scope.ServiceProvider.GetRequiredService<BusinessClock>().Today;
        var draft = await purchases.CreateDraftAsync(new(supplier.Id, today, null, null, [new(await FlourIdAsync(), 2m, 3_700m)]));
        var ordered = await purchases.OrderAsync(draft.Id, draft.Version);
        return (await purchases.ReceiveAsync(ordered.Id, ordered.Version)).Number;
    }

    [Fact]
    public async Task The_sign_in_page_fits_a_phone()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/Account/Login");
        Assert.Equal("Sign in", await page.InnerTextAsync("h1"));
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await page.ScreenshotAsync("phone-login");
    }

    [Theory]
    [InlineData(1280, 800, "laptop")]
    [InlineData(390, 844, "phone")]
    public async Task The_sales_pages_show_a_day_of_dispatches_and_settlements(int width, int height, string device)
    {
        var (agent, salesmanEmail) = await BoardSeed.Value;
        var page = await app.NewPageAsync(width, height);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        foreach (var (path, heading, shot) in new[] { ("/sales/board", "Dispatch board", "sales-board"), ($"/sales/account/{agent}", "Wekesa", "sales-account") })
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            Assert.Contains(heading, await page.InnerTextAsync("h1"));
            if (shot == "sales-board") Assert.Contains("Settled", await page.InnerTextAsync($"#sales-board tr.recipient-{agent}"));
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), $"{path} scrolls sideways");
            Assert.Equal("", await page.EvaluateAsync<string>(
                "[...document.querySelectorAll('.mud-table-container')].filter(c => c.scrollWidth > c.clientWidth).map(c => c.scrollWidth + '>' + c.clientWidth).join()"));
            await page.ScreenshotAsync($"{device}-{shot}");
        }

        var salesman = await app.NewPageAsync(width, height);
        await salesman.SignInAsync(salesmanEmail, SalesmanPassword);
        await salesman.WaitForURLAsync(app.BaseUrl + "/");
        await salesman.GotoAsync("/sales/mine");
        await salesman.WaitForCircuitAsync();
        Assert.Contains("KES", await salesman.InnerTextAsync("#owes-now"));
        Assert.False(await salesman.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await salesman.ScreenshotAsync($"{device}-sales-mine");
    }

    private const string SalesmanPassword = "Wekesa sells bread 2026";
    private Lazy<Task<(int Agent, string SalesmanEmail)>> BoardSeed => salesSeed ??= new(SeedSalesAsync);
    private static Lazy<Task<(int Agent, string SalesmanEmail)>>? salesSeed;

    /// <summary>
    /// Three recipients through the domain services: an agent who took goods out and settled 715 short, a salesman
    /// still out, and a depot with yesterday's goods unsettled. The agent's route is linked to a salesman login.
    /// </summary>
    private async Task<(int, string)> SeedSalesAsync()
    {
        using var scope = app.Services.CreateScope();
        var system = (ICurrentUser)new FixedCurrentUser(Actor.System);
        var dbs = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>();
        const string email = "wekesa@chesanto.test";
        var login = await AppUsers.CreateAsync(app, email, Role.Salesman, SalesmanPassword, recentLogin: true);
        int bread, kdf, scones, agent, salesman, depot;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
            (bread, kdf, scones) = (products["Bread"], products["KDF"], products["Scones"]);
            SalesRecipient Recipient(string name, RecipientKind kind, PriceChannel channel, decimal? target, decimal bonus, string? userId = null) => new()
            {
                Name = name, Kind = kind, DefaultChannel = channel, SettlesLate = kind == RecipientKind.Depot, UserId = userId, Version = Guid.NewGuid(),
                Plans = [new CommissionPlan
                {
                    EffectiveFrom = new DateOnly(2025, 9, 1), DailyTarget = target, BonusPercent = bonus, SetByName = "seed",
                    Rates = target is null ? [new() { ProductId = bread, PerUnit = 5m }, new() { ProductId = kdf, PerUnit = 10m }, new() { ProductId = scones, PerUnit = 5m }] : [],
                }],
            };
            var recipients = new[]
            {
                Recipient("Wekesa", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m, login.Id),
                Recipient("Otieno/Achieng", RecipientKind.RouteSalesman, PriceChannel.Sales, 35_000m, 7m),
                Recipient("Busia Depot", RecipientKind.Depot, PriceChannel.Distributor, null, 0m),
            };
            db.SalesRecipients.AddRange(recipients);
            await db.SaveChangesAsync();
            (agent, salesman, depot) = (recipients[0].Id, recipients[1].Id, recipients[2].Id);
        }
        var goods = ActivatorUtilities.CreateInstance<FinishedGoodsLedger>(scope.ServiceProvider, system);
        foreach (var product in new[] { bread, kdf, scones })
            await goods.AdjustAsync(product, Grade.Regular, FinishedGoodsMovementType.Adjustment, 1_000, "Opening stock for the sales look test");
        var yesterday = new BusinessClock(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1)));
        await ActivatorUtilities.CreateInstance<DispatchService>(scope.ServiceProvider, system, yesterday)
            .DispatchAsync(new DispatchInput(depot, [new(bread, Grade.Regular, 120), new(scones, Grade.Regular, 24)], 4));
        var dispatches = ActivatorUtilities.CreateInstance<DispatchService>(scope.ServiceProvider, system);
        await dispatches.DispatchAsync(new DispatchInput(agent, [new(bread, Grade.Regular, 240), new(kdf, Grade.Regular, 144), new(scones, Grade.Regular, 36)], 10));
        await dispatches.DispatchAsync(new DispatchInput(salesman, [new(bread, Grade.Regular, 300), new(kdf, Grade.Regular, 60)], 8));
        await dispatches.DispatchAsync(new DispatchInput(depot, [new(bread, Grade.Regular, 80)], 2));
        var today = scope.ServiceProvider.GetRequiredService<BusinessClock>().Today;
        await ActivatorUtilities.CreateInstance<SettlementService>(scope.ServiceProvider, system).SettleAsync(new SettlementInput(agent, today,
            [new(bread, Grade.Regular, PriceChannel.Sales, 127), new(kdf, Grade.Regular, PriceChannel.Sales, 12)], 8,
            [new(BankingMethod.Mpesa, 19_000m, "LOOK1A2B3C")]));
        return (agent, email);
    }
}
