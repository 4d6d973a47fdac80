using System.Globalization;
using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;
using static Chesanto.Domain.Books.StatementLines;

namespace Chesanto.Domain.Books;

/// <summary>
/// Builds the monthly profit and loss (DOMAIN §6.3) from the system's own records: revenue and commissions from
/// settled days, materials from the stock ledger, fuel from the fuel account, salaries from payroll and casual
/// labour, everything else from the cash-book. Nothing is typed twice, so nothing can disagree.
/// </summary>
public sealed class ProfitAndLossService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    /// <summary>Two years at most in one month-on-month view.</summary>
    public const int MaxMonths = 24;

    public async Task<ProfitAndLoss> MonthAsync(int year, int month) => (await MonthsAsync(year, month, 1))[0];

    /// <summary><paramref name="count"/> months ending with the given one, oldest first (the month-on-month view).</summary>
    public async Task<IReadOnlyList<ProfitAndLoss>> MonthsAsync(int year, int month, int count)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        if (month is < 1 or > 12 || year is < 2000 or > 2100) throw new DomainException("Choose a month.", "Month");
        if (count is < 1 or > MaxMonths) throw new DomainException($"Choose 1 to {MaxMonths} months.", "Months");
        var last = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var first = new DateOnly(year, month, 1).AddMonths(1 - count);
        await using var db = await dbs.CreateDbContextAsync();
        var data = await BooksData.LoadAsync(db, first, last);
        var months = new List<ProfitAndLoss>();
        for (var start = first; start <= last; start = start.AddMonths(1))
            months.Add(Build(data, start, await PeriodSummaryQuery.BuildAsync(db, start, start.AddMonths(1).AddDays(-1))));
        return months;
    }

    private static ProfitAndLoss Build(BooksData data, DateOnly first, PeriodSummary products)
    {
        var last = first.AddMonths(1).AddDays(-1);
        var lines = new StatementLines();
        var notInPnl = new StatementLines();
        var warnings = new List<string>();

        var revenue = products.Products.Where(p => p.Sales != 0).Select(p =>
            new PnlLine(p.Product, p.Sales, $"settled days: {Count(p.Sold, "packet")} sold")).ToList();
        if (products.DamagedCharged != 0)
            revenue.Add(new PnlLine("Damaged goods charged", products.DamagedCharged, "charged to salespeople at settlement"));

        var materials = MaterialValuation.Of(data.Stock, first, last);
        foreach (var m in materials)
            lines.Add(m.Section, m.Item, m.Used, $"stock: opening {Kes(m.OpeningValue)} + purchases {Kes(m.Purchases)} − closing {Kes(m.ClosingValue)}");

        foreach (var fuel in data.Fuel.Where(f => f.Date >= first && f.Date <= last).GroupBy(f => f.Purpose == FuelPurpose.Production ? null : f.Vehicle))
        {
            var label = fuel.Key is null ? ExpenseCategory.Diesel.Title() : $"Fuel {fuel.Key}";
            lines.Add(PnlSection.Indirect, label, fuel.Sum(f => f.Amount), $"fuel account: {Count(fuel.Count(), "fill")}");
        }

        AddPayroll(data, first, lines, warnings);
        foreach (var product in products.Products.Where(p => p.Commission != 0))
            lines.Add(PnlSection.Commissions, $"Commission {product.Product}", product.Commission, "deducted at settlement");

        foreach (var group in data.Expenses.Where(e => e.Date >= first && e.Date <= last).GroupBy(e => (e.Category, Stocked: e.PurchaseId != null)))
        {
            var source = $"cash-book: {Count(group.Count(), "line")}";
            if (group.Key.Stocked)
                notInPnl.Add(PnlSection.NotInPnl, "Received purchases (costed by stock used)", group.Sum(e => e.Total), source);
            else
                (group.Key.Category.Section() == PnlSection.NotInPnl ? notInPnl : lines)
                    .Add(group.Key.Category.Section(), group.Key.Category.Title(), group.Sum(e => e.Total), source);
        }

        Warn(data, first, last, products, materials, warnings);
        var below = lines.Of(PnlSection.BelowNetProfit);
        return new ProfitAndLoss(first.Year, first.Month, revenue,
            [lines.Block(PnlSection.DirectMaterials), lines.Block(PnlSection.Indirect), lines.Block(PnlSection.DirectSalaries), lines.Block(PnlSection.Commissions)],
            lines.Block(PnlSection.Administrative), Sum(below, ExpenseCategory.Tax), Sum(below, ExpenseCategory.EducationPolicy),
            materials, notInPnl.Of(PnlSection.NotInPnl), warnings, products);
    }

    private static void AddPayroll(BooksData data, DateOnly first, StatementLines lines, List<string> warnings)
    {
        var run = data.Runs.SingleOrDefault(r => r.Year == first.Year && r.Month == first.Month);
        if (run is null) warnings.Add($"There is no payroll run for {first:MMMM yyyy} yet: salaries show only casual labour and cash-book lines.");
        else
        {
            if (run.Status == PayrollStatus.Draft) warnings.Add($"The payroll for {first:MMMM yyyy} is still a draft.");
            foreach (var department in run.Payslips.GroupBy(p => SalaryCategory(p.Department)))
                lines.Add(department.Key.Section(), department.Key.Title(), department.Sum(p => p.Net),
                    $"payroll ({run.Status.ToString().ToLowerInvariant()}): net pay of {Count(department.Count(), "payslip")}");
        }
        var casuals = data.Casuals.Where(c => c.Day >= first && c.Day < first.AddMonths(1)).ToList();
        if (casuals.Count > 0)
            lines.Add(PnlSection.DirectSalaries, ExpenseCategory.SalariesCasuals.Title(), casuals.Sum(c => c.Total), $"casual labour: {Count(casuals.Count, "entry")}");
    }

    private static ExpenseCategory SalaryCategory(Department department) => department switch
    {
        Department.Production => ExpenseCategory.SalariesProduction,
        Department.Sales or Department.Distribution => ExpenseCategory.SalariesSales,
        _ => ExpenseCategory.SalariesAdmin,
    };

    private static PnlLine Sum(IReadOnlyList<PnlLine> lines, ExpenseCategory category) =>
        lines.SingleOrDefault(l => l.Label == category.Title()) ?? new PnlLine(category.Title(), 0m, "cash-book: no lines");

    private static void Warn(BooksData data, DateOnly first, DateOnly last, PeriodSummary products, IReadOnlyList<MaterialUse> materials, List<string> warnings)
    {
        if (products.UnsettledDays > 0)
            warnings.Add($"{Count(products.UnsettledDays, "dispatch day")} not settled yet (KES {Kes(products.UnsettledValue)} at price): not in revenue until settled.");
        var guessed = materials.Where(m => m.PricedFromCatalogue).Select(m => m.Item).ToList();
        if (guessed.Count > 0)
            warnings.Add($"Valued at the catalogue price (no purchase received by then): {string.Join(", ", guessed)}.");
        if (!data.ClosedMonths.Contains((first.Year, first.Month)))
            warnings.Add($"The books for {first.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} are open: figures can still change.");
    }
}

/// <summary>Everything the statement reads for a range of months, loaded once (a year is one set of queries, not twelve).</summary>
internal sealed record BooksData(StockData Stock,
    IReadOnlyList<Expense> Expenses, IReadOnlyList<(DateOnly Date, FuelPurpose Purpose, string? Vehicle, decimal Amount)> Fuel,
    IReadOnlyList<PayrollRun> Runs, IReadOnlyList<CasualLabour> Casuals, IReadOnlySet<(int Year, int Month)> ClosedMonths)
{
    internal static async Task<BooksData> LoadAsync(ChesantoDbContext db, DateOnly first, DateOnly last)
    {
        var stock = await MaterialValuation.LoadAsync(db, last);
        var expenses = await db.Expenses.AsNoTracking().Where(e => e.Date >= first && e.Date <= last).ToListAsync();
        var fuel = (await db.FuelTransactions.AsNoTracking().Where(f => f.Date >= first && f.Date <= last)
            .Select(f => new { f.Date, f.Purpose, Vehicle = f.Vehicle == null ? null : f.Vehicle.Name, f.Amount }).ToListAsync())
            .Select(f => (f.Date, f.Purpose, f.Vehicle, f.Amount)).ToList();
        var (fromKey, toKey) = (first.Year * 12 + first.Month, last.Year * 12 + last.Month);
        var runs = await db.PayrollRuns.AsNoTracking().Include(r => r.Payslips)
            .Where(r => r.Year * 12 + r.Month >= fromKey && r.Year * 12 + r.Month <= toKey).ToListAsync();
        var casuals = await db.CasualLabour.AsNoTracking().Where(c => c.Day >= first && c.Day <= last).ToListAsync();
        var closed = (await db.AccountingPeriods.AsNoTracking().Where(p => p.Status == PeriodStatus.Closed).Select(p => new { p.Year, p.Month }).ToListAsync())
            .Select(p => (p.Year, p.Month)).ToHashSet();
        return new BooksData(stock, expenses, fuel, runs, casuals, closed);
    }
}
