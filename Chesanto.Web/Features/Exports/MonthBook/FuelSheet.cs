using Chesanto.Domain.Accounting;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>
/// "Fuel reconciliation" (WORKBOOK §9) as one table: the month's fuel per vehicle or production, the deposits paid to the
/// station, then the reconciliation lines (the credit left at the station, and the workbook's "Bal" the other way round).
/// </summary>
internal static class FuelSheet
{
    public const string Name = "Fuel reconciliation";

    internal sealed record Row(string Section, DateOnly? Date, string What, string? Fuel, decimal? Quantity, string? Unit, decimal Amount,
        string? Paid, string? Reference);

    private static readonly ExcelColumn<Row>[] Columns =
    [
        new("Section", r => r.Section),
        new("Date", r => r.Date, CellKind.Date),
        new("Vehicle / use", r => r.What),
        new("Fuel", r => r.Fuel),
        new("Quantity", r => r.Quantity, CellKind.Quantity),
        new("Unit", r => r.Unit),
        new("Amount (KES)", r => r.Amount, CellKind.Money),
        new("Paid", r => r.Paid),
        new("Receipt / reference", r => r.Reference),
    ];

    public static void Add(ExcelWorkbook workbook, IReadOnlyList<FuelTransaction> fuel, IReadOnlyList<FuelDeposit> deposits, FuelReconciliation rec)
    {
        var rows = fuel.Select(f => new Row("Fuel", f.Date, f.Vehicle?.Name ?? f.Purpose.ToString(), f.FuelType.ToString(), f.Quantity,
                f.Quantity is null ? null : f.Unit.ToString(), f.Amount, f.OnAccount ? "On account" : f.PaymentMethod.ToString(), f.Receipt))
            .Append(new Row("Fuel", null, "Total fuel", null, null, null, fuel.Sum(f => f.Amount), null, null))
            .Concat(deposits.Select(d => new Row("Deposit", d.Date, d.Station, null, null, null, d.Amount, d.PaymentMethod.ToString(), d.Reference)))
            .Append(new Row("Deposit", null, "Total deposits", null, null, null, deposits.Sum(d => d.Amount), null, null))
            .Concat(Reconciliation(rec).Select(l => new Row("Reconciliation", null, l.Line, null, null, null, l.Amount, null, null)));
        workbook.AddSheet(Name, Columns, rows.ToList());
    }

    private static IEnumerable<(string Line, decimal Amount)> Reconciliation(FuelReconciliation rec) =>
    [
        ("Opening credit", rec.Opening), ("Deposits", rec.Deposits), ("Fuel on account", rec.Purchases),
        ("Closing credit (opening + deposits - fuel)", rec.Closing), ("Bal (fuel - deposits), as the workbook", rec.WorkbookBalance),
        .. rec.Vehicles.Select(v => ($"Vehicle: {v.Vehicle}", v.Amount)),
        ("Production diesel", rec.Production), ("Distribution", rec.Distribution), ("Paid otherwise than on account", rec.PaidOtherwise),
    ];
}
