using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Books;
using Chesanto.Domain.Common;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Books;

/// <summary>
/// November 2026 (opening stock and a flour purchase at 3,600 a bag on the 24th, one day of trade) and December
/// (flour at 3,800, bread and KDF baked and sold to Mike, fuel, cash-book lines, casuals and a payroll run).
/// </summary>
public sealed class ProfitAndLossTests : BooksFixture
{
    private static readonly DateOnly November = new(2026, 11, 24), December = new(2026, 12, 1);
    private decimal flourEndOfNovember, flourEndOfDecember;
    private decimal breadIngredients, breadPackaging;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ReceiveAsync(flour, 10, 3_600m);
        await BakeAsync(breadMix, 130);
        await SellAsync(breadOut: 100, kdfOut: 0, breadBack: 0, kdfBack: 0);
        flourEndOfNovember = await StockAsync(flour);

        GoTo(December);
        await ReceiveAsync(flour, 20, 3_800m);
        var batch = await BakeAsync(breadMix, 130);
        (breadIngredients, breadPackaging) = (batch.IngredientCost, batch.PackagingCost);
        await BakeAsync(kdfMix, 100);
        await SellAsync(breadOut: 120, kdfOut: 80, breadBack: 10, kdfBack: 5);
        flourEndOfDecember = await StockAsync(flour);

        await SpendAsync(ExpenseCategory.Electricity, 5_000m, "KPLC token");
        await SpendAsync(ExpenseCategory.BankCharges, 300m, "Bank charges");
        await SpendAsync(ExpenseCategory.LoanReceived, 100_000m, "Loan from Capwell");
        await SpendAsync(ExpenseCategory.EducationPolicy, 2_000m, "Education policy");
        var fuel = host.Get<FuelService>();
        await fuel.RecordAsync(new FuelInput(Today, null, FuelPurpose.Production, null, FuelType.Diesel, 1, FuelUnit.Jerrycan, 3_300m, PaymentMethod.Credit, null));
        await fuel.RecordAsync(new FuelInput(Today, null, FuelPurpose.Distribution, 1, FuelType.Petrol, 10, FuelUnit.Litre, 2_000m, PaymentMethod.Credit, null));
        await host.Get<CasualLabourService>().AddAsync(new CasualInput(Today, "Two casuals", 2, "Offloading flour", 500m, RateUnit.Day, 1));

        await EmployeeAsync("CB-P1", Department.Production, 30_000m);
        await EmployeeAsync("CB-A1", Department.Admin, 20_000m);
        var run = await host.Get<PayrollService>().CreateRunAsync(2026, 12);
        foreach (var slip in run.Payslips)
            await host.Get<PayrollService>().UpdatePayslipAsync(slip.Id, new PayslipInput(0, 0, 0, 0, 0, 0, 0, false), slip.Version);
    }

    [Fact]
    public async Task Revenue_is_what_settled_days_sold_and_a_loan_is_a_liability_not_revenue()
    {
        var pnl = await Pnl.MonthAsync(2026, 12);

        Assert.Equal([("Bread", 110 * 60m), ("KDF", 75 * 100m)], pnl.Revenue.Select(l => (l.Label, l.Amount)));
        Assert.Equal(14_100m, pnl.TotalRevenue);
        Assert.Contains(pnl.NotInPnl, l => l.Label == ExpenseCategory.LoanReceived.Title() && l.Amount == 100_000m);
        Assert.Contains(pnl.NotInPnl, l => l.Label.StartsWith("Received purchases") && l.Amount == 20 * 3_800m);
    }

    [Fact]
    public async Task Flour_costs_opening_value_plus_purchases_less_closing_value_at_the_last_price_paid()
    {
        var pnl = await Pnl.MonthAsync(2026, 12);

        var flourUse = pnl.Materials.Single(m => m.ItemId == flour);
        Assert.Equal((flourEndOfNovember, flourEndOfDecember), (flourUse.OpeningQuantity, flourUse.ClosingQuantity));
        Assert.Equal(Math.Round(flourEndOfNovember * 3_600m / 50, 2), flourUse.OpeningValue);
        Assert.Equal(20 * 3_800m, flourUse.Purchases);
        Assert.Equal(Math.Round(flourEndOfDecember * 3_800m / 50, 2), flourUse.ClosingValue);
        var line = pnl.CostOfSales.Single(b => b.Section == PnlSection.DirectMaterials).Lines.Single(l => l.Label == "Wheat Flour");
        Assert.Equal(flourUse.OpeningValue + flourUse.Purchases - flourUse.ClosingValue, line.Amount);
    }

    [Fact]
    public async Task Each_section_takes_its_lines_from_the_fuel_account_payroll_settlements_and_the_cash_book()
    {
        var pnl = await Pnl.MonthAsync(2026, 12);

        Assert.Equal(Lines(("Diesel", 3_300m), ("Fuel Old Truck", 2_000m), ("Electricity", 5_000m)),
            Lines(pnl, PnlSection.Indirect, "Diesel", "Fuel Old Truck", "Electricity"));
        Assert.Equal(Lines(("Salaries production", 30_000m), ("Salaries casuals", 1_000m)), Lines(pnl, PnlSection.DirectSalaries));
        Assert.Equal(Lines(("Commission Bread", 110 * 5m), ("Commission KDF", 75 * 10m)), Lines(pnl, PnlSection.Commissions));
        Assert.Equal(Lines(("Salaries admin", 20_000m), ("Bank charges", 300m)),
            pnl.Administrative.Lines.Where(l => l.Label is "Salaries admin" or "Bank charges").Select(l => (l.Label, l.Amount)).ToList());
        Assert.Equal(2_000m, pnl.Reserves.Amount);
        Assert.Contains(pnl.Warnings, w => w.Contains("still a draft"));
    }

    [Fact]
    public async Task The_totals_follow_the_workbooks_arithmetic()
    {
        var pnl = await Pnl.MonthAsync(2026, 12);

        var costOfSales = pnl.CostOfSales.SelectMany(b => b.Lines).Sum(l => l.Amount);
        Assert.Equal(pnl.TotalRevenue - costOfSales, pnl.GrossProfit);
        Assert.Equal(pnl.GrossProfit - pnl.Administrative.Lines.Sum(l => l.Amount), pnl.ProfitBeforeTax);
        Assert.Equal(pnl.ProfitBeforeTax, pnl.NetProfit);
        Assert.Equal(pnl.NetProfit - 2_000m, pnl.AfterReserves);
        Assert.Equal(550m + 750m, pnl.Block(PnlSection.Commissions));
    }

    [Fact]
    public async Task A_months_closing_stock_is_the_next_months_opening_stock()
    {
        var months = await Pnl.MonthsAsync(2026, 12, 2);

        Assert.Equal([11, 12], months.Select(m => m.Month));
        Assert.Equal([("Bread", 100 * 60m)], months[0].Revenue.Select(l => (l.Label, l.Amount)));
        var december = months[1].Materials.ToDictionary(m => m.ItemId);
        Assert.NotEmpty(months[0].Materials);
        foreach (var november in months[0].Materials)
            Assert.Equal((november.ClosingQuantity, november.ClosingValue), (december[november.ItemId].OpeningQuantity, december[november.ItemId].OpeningValue));
    }

    [Fact]
    public async Task Stock_brought_in_when_the_ledger_opened_mid_month_is_opening_stock_not_a_negative_cost()
    {
        var november = await Pnl.MonthAsync(2026, 11);

        var flourUse = november.Materials.Single(m => m.ItemId == flour);
        Assert.Equal(flourEndOfNovember - 10 * 50 + await FlourUsedInNovemberAsync(), flourUse.OpeningQuantity);
        Assert.All(november.Materials, m => Assert.True(m.Used >= 0, $"{m.Item} costs {m.Used}"));
    }

    [Fact]
    public async Task The_product_summary_nets_recipe_cost_packaging_and_commission_off_sales()
    {
        var summary = await Summary.SummaryAsync(December, December.AddDays(30));

        var bread = summary.Products.Single(p => p.Product == "Bread");
        Assert.Equal((130, 120, 10, 110, 6_600m), (bread.Produced, bread.Dispatched, bread.Returned, bread.Sold, bread.Sales));
        Assert.Equal((breadIngredients, breadPackaging, 550m), (bread.ProductionCost, bread.Packaging, bread.Commission));
        Assert.Equal(6_600m - breadIngredients - breadPackaging - 550m, bread.Net);
        Assert.Equal(summary.Products.Sum(p => p.Net), summary.Net);
        Assert.Equal(summary.ExpectedBanking, summary.Banked);
    }

    [Fact]
    public async Task Only_the_accountant_sees_the_books_and_a_bad_month_is_refused()
    {
        Assert.Equal("Month", (await Assert.ThrowsAsync<DomainException>(() => Pnl.MonthAsync(2026, 13))).Field);
        Assert.Equal("Months", (await Assert.ThrowsAsync<DomainException>(() => Pnl.MonthsAsync(2026, 12, 25))).Field);
        host.ActAs(await host.CreateUserAsync("dispatch@chesanto.test", Role.Dispatch));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Pnl.MonthAsync(2026, 12));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Summary.SummaryAsync(December, December));
    }

    private async Task<decimal> FlourUsedInNovemberAsync()
    {
        await using var db = await host.NewDbAsync();
        var used = await db.StockMovements.Where(m => m.InventoryItemId == flour && m.Type == Chesanto.Domain.Inventory.StockMovementType.ProductionUse
            && m.BusinessDay < December).Select(m => m.Quantity).ToListAsync();
        return -used.Sum();
    }

    private static List<(string, decimal)> Lines(params (string, decimal)[] lines) => [.. lines];

    private static List<(string, decimal)> Lines(ProfitAndLoss pnl, PnlSection section, params string[] only) =>
        pnl.CostOfSales.Single(b => b.Section == section).Lines.Where(l => only.Length == 0 || only.Contains(l.Label))
            .Select(l => (l.Label, l.Amount)).ToList();
}
