using Chesanto.Domain.Accounting;

namespace Chesanto.Web.Features.Exports;

/// <summary>The books' Excel files: the cash-book with its category totals, and a month of fuel.</summary>
public sealed class AccountingExports(ExpenseService expenses, FuelService fuel)
{
    private static readonly ExcelColumn<Expense>[] ExpenseColumns =
    [
        new("Date", e => e.Date, CellKind.Date),
        new("Category", e => e.Category.Title()),
        new("P&L section", e => e.Category.Section().Title()),
        new("Description", e => e.Description),
        new("Quantity", e => e.Quantity, CellKind.Quantity),
        new("Unit cost (KES)", e => e.UnitCost, CellKind.Money),
        new("Total (KES)", e => e.Total, CellKind.Money),
        new("Paid by", e => e.PaymentMethod.ToString()),
        new("Reference", e => e.Reference),
        new("Supplier", e => e.Supplier?.Name),
        new("Recorded by", e => e.RecordedByName),
    ];

    private static readonly ExcelColumn<CategoryTotal>[] TotalColumns =
    [
        new("P&L section", t => t.Section.Title()),
        new("Category", t => t.Category.Title()),
        new("Lines", t => t.Lines, CellKind.Integer),
        new("Total (KES)", t => t.Total, CellKind.Money),
    ];

    private static readonly ExcelColumn<FuelTransaction>[] FuelColumns =
    [
        new("Date", f => f.Date, CellKind.Date),
        new("Station", f => f.Station),
        new("Purpose", f => f.Purpose.ToString()),
        new("Vehicle", f => f.Vehicle?.Name),
        new("Fuel", f => f.FuelType.ToString()),
        new("Quantity", f => f.Quantity, CellKind.Quantity),
        new("Unit", f => f.Quantity is null ? null : f.Unit.ToString()),
        new("Amount (KES)", f => f.Amount, CellKind.Money),
        new("Cost per unit (KES)", f => f.CostPerUnit, CellKind.Money),
        new("Paid", f => f.OnAccount ? "On account" : f.PaymentMethod.ToString()),
        new("Receipt", f => f.Receipt),
    ];

    private static readonly ExcelColumn<(string Line, decimal Amount)>[] ReconciliationColumns =
    [
        new("Line", r => r.Line),
        new("KES", r => r.Amount, CellKind.Money),
    ];

    public async Task<byte[]> ExpensesAsync(DateOnly from, DateOnly to, ExpenseCategory? category)
    {
        var list = await expenses.ListAsync(from, to, category);
        using var workbook = new ExcelWorkbook()
            .AddSheet("Expenses", ExpenseColumns, list.Expenses)
            .AddSheet("By category", TotalColumns, list.Totals);
        return workbook.ToBytes();
    }

    public async Task<byte[]> FuelAsync(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var rec = await fuel.ReconcileAsync(year, month);
        var lines = await fuel.TransactionsAsync(first, first.AddMonths(1).AddDays(-1));
        var deposits = await fuel.DepositsAsync(first, first.AddMonths(1).AddDays(-1));
        List<(string, decimal)> summary =
        [
            ("Opening credit", rec.Opening), ("Deposits", rec.Deposits), ("Fuel on account", rec.Purchases),
            ("Closing credit (opening + deposits - fuel)", rec.Closing), ("Workbook balance (fuel - deposits)", rec.WorkbookBalance),
            .. rec.Vehicles.Select(v => ($"Vehicle: {v.Vehicle}", v.Amount)),
            ("Production diesel", rec.Production), ("Distribution", rec.Distribution),
            .. deposits.Select(d => ($"Deposit {d.Date:dd.MM.yyyy} {d.Reference}".Trim(), d.Amount)),
        ];
        using var workbook = new ExcelWorkbook()
            .AddSheet("Fuel", FuelColumns, lines)
            .AddSheet("Reconciliation", ReconciliationColumns, summary);
        return workbook.ToBytes();
    }
}
