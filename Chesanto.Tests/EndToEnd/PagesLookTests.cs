using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Alerts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
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
        await SeedBooksAsync();
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
            ("/accounting/expenses", "Expenses"),
            ("/accounting/petty-cash", "Petty cash"),
            ("/accounting/fuel", "Fuel"),
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
