using Chesanto.Domain.Production;

namespace Chesanto.Web.Features.Exports;

/// <summary>Production's Excel files: one day (batches costed, indirect costs, finished goods) and the batches of a range.</summary>
public sealed class ProductionExports(ProductionService production, ProductionReportQueries queries)
{
    // Amounts are written to the cent, as the production page shows them; margins and variances to 2 places.
    private static readonly ExcelColumn<BatchReportRow>[] BatchColumns =
    [
        new("Date", r => r.Date, CellKind.Date),
        new("Batch", r => r.Batch.BatchNumber, CellKind.Integer),
        new("Product", r => r.Cost.Product),
        new("Mix", r => r.Mix),
        new("Start", r => At(r.Date, r.Batch.StartTime), CellKind.DateTime),
        new("End", r => At(r.Date, r.Batch.EndTime), CellKind.DateTime),
        new("Expected packets", r => r.Cost.Expected, CellKind.Integer),
        new("Packets", r => r.Cost.Actual, CellKind.Integer),
        new("Rejects", r => r.Cost.Rejects, CellKind.Integer),
        new("Variance %", r => r.Cost.VariancePercent, CellKind.Quantity, 2),
        new("Ingredient cost (KES)", r => Cents(r.Cost.Ingredient), CellKind.Money),
        new("Packaging cost (KES)", r => Cents(r.Cost.Packaging), CellKind.Money),
        new("Allocated indirect (KES)", r => Cents(r.Cost.Allocated), CellKind.Money),
        new("Total cost (KES)", r => Cents(r.Cost.Total), CellKind.Money),
        new("Cost per packet (KES)", r => r.Cost.CostPerPacket is { } c ? Cents(c) : null, CellKind.Money),
        new("Expected revenue (KES)", r => Cents(r.Cost.Revenue), CellKind.Money),
        new("Gross profit (KES)", r => Cents(r.Cost.GrossProfit), CellKind.Money),
        new("Margin %", r => r.Cost.MarginPercent, CellKind.Quantity, 2),
        new("Quality notes", r => r.Batch.QualityNotes),
        new("Recorded by", r => r.Batch.RecordedByName),
    ];

    private static readonly ExcelColumn<IndirectCost>[] IndirectColumns =
    [
        new("Type", c => Words(c.Type.ToString())),
        new("Description", c => c.Description),
        new("Vendor", c => c.Vendor),
        new("Receipt", c => c.ReceiptNumber),
        new("Amount (KES)", c => c.Amount, CellKind.Money),
    ];

    private static readonly ExcelColumn<FinishedStockLine>[] StockColumns =
    [
        new("Product", s => s.Product),
        new("Grade", s => s.Grade.ToString()),
        new("Opening", s => s.Opening, CellKind.Integer),
        new("Produced", s => s.Produced, CellKind.Integer),
        new("Dispatched", s => s.Dispatched, CellKind.Integer),
        new("Returned", s => s.Returned, CellKind.Integer),
        new("Damaged", s => s.Damaged, CellKind.Integer),
        new("Adjusted", s => s.Adjusted, CellKind.Integer),
        new("Closing", s => s.Closing, CellKind.Integer),
    ];

    private static readonly ExcelColumn<DayCost>[] DayColumns =
    [
        new("Date", d => d.Date, CellKind.Date),
        new("Batches", d => d.Batches.Count, CellKind.Integer),
        new("Packets", d => d.Batches.Sum(b => b.Actual), CellKind.Integer),
        new("Rejects", d => d.Batches.Sum(b => b.Rejects), CellKind.Integer),
        new("Ingredient cost (KES)", d => Cents(d.Ingredient), CellKind.Money),
        new("Packaging cost (KES)", d => Cents(d.Packaging), CellKind.Money),
        new("Indirect cost (KES)", d => Cents(d.Indirect), CellKind.Money),
        new("Total cost (KES)", d => Cents(d.Total), CellKind.Money),
        new("Expected revenue (KES)", d => Cents(d.Revenue), CellKind.Money),
        new("Gross profit (KES)", d => Cents(d.GrossProfit), CellKind.Money),
        new("Margin %", d => d.MarginPercent, CellKind.Quantity, 2),
    ];

    public async Task<byte[]> DayAsync(DateOnly date)
    {
        var day = await production.DayAsync(date);
        var range = await queries.RangeAsync(date, date);
        using var workbook = new ExcelWorkbook()
            .AddSheet("Batches", BatchColumns, range.Batches)
            .AddSheet("Indirect costs", IndirectColumns, day.IndirectCosts)
            .AddSheet("Finished goods", StockColumns, day.Stock);
        return workbook.ToBytes();
    }

    public async Task<byte[]> BatchesAsync(DateOnly from, DateOnly to)
    {
        var range = await queries.RangeAsync(from, to);
        using var workbook = new ExcelWorkbook()
            .AddSheet("Batches", BatchColumns, range.Batches)
            .AddSheet("Days", DayColumns, range.Days);
        return workbook.ToBytes();
    }

    private static DateTime? At(DateOnly date, TimeOnly? time) => time is { } t ? date.ToDateTime(t) : null;

    private static decimal Cents(decimal amount) => ProductionCosting.Shown(amount);

    /// <summary>"FuelDistribution" as "Fuel distribution".</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : ch.ToString()));
}
