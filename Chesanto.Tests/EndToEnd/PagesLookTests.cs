using Chesanto.Domain.Alerts;
using Chesanto.Domain.Data;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        await SeedAlertsAsync();
        var payslip = await SeedPayrollAsync();
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
        ];
        foreach (var (path, heading) in pages)
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            Assert.Contains(heading, await page.InnerTextAsync("h1"), StringComparison.OrdinalIgnoreCase);
            await page.ScreenshotAsync($"{device}{(path == "/" ? "-dashboard" : path.Replace('/', '-'))}");
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

    private async Task<int> FlourIdAsync()
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        return await db.InventoryItems.Where(i => i.Name == "Wheat Flour").Select(i => i.Id).SingleAsync();
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
}
