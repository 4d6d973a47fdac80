using Chesanto.Domain.Books;
using Chesanto.Domain.Common;
using Chesanto.Domain.Reports;

namespace Chesanto.Web.Features.Exports;

/// <summary>A stored report as an .xlsx: one sheet per section of the §8.1 template, from the stored snapshot (not recomputed).</summary>
public sealed class ReportExports(ReportService reports)
{
    private static readonly ExcelColumn<(string Line, decimal Amount)>[] LineColumns =
    [
        new("Line", r => r.Line),
        new("KES", r => r.Amount, CellKind.Money),
    ];

    private static readonly ExcelColumn<(string Line, string Value)>[] TextColumns =
    [
        new("Line", r => r.Line),
        new("Value", r => r.Value),
    ];

    private static readonly ExcelColumn<ProductFigures>[] ProductColumns =
    [
        new("Product", p => p.Product),
        new("Sold", p => p.Sold, CellKind.Integer),
        new("Sales (KES)", p => p.Sales, CellKind.Money),
        new("Production cost (KES)", p => p.ProductionCost, CellKind.Money),
        new("Gross (KES)", p => p.Gross, CellKind.Money),
        new("Packaging (KES)", p => p.Packaging, CellKind.Money),
        new("Commission (KES)", p => p.Commission, CellKind.Money),
        new("Net (KES)", p => p.Net, CellKind.Money),
        new("Margin %", p => p.MarginPercent, CellKind.Quantity, 2),
    ];

    private static readonly ExcelColumn<ProductFigures>[] ProductionColumns =
    [
        new("Product", p => p.Product),
        new("Expected packets", p => p.ExpectedPackets, CellKind.Integer),
        new("Produced", p => p.Produced, CellKind.Integer),
        new("Variance", p => p.Produced - p.ExpectedPackets, CellKind.Integer),
        new("Rejects", p => p.Rejects, CellKind.Integer),
        new("Dispatched", p => p.Dispatched, CellKind.Integer),
        new("Returned", p => p.Returned, CellKind.Integer),
        new("Damaged", p => p.Damaged, CellKind.Integer),
        new("Sold", p => p.Sold, CellKind.Integer),
    ];

    private static readonly ExcelColumn<RecipientFigures>[] RecipientColumns =
    [
        new("Salesperson", r => r.Recipient),
        new("Days settled", r => r.DaysSettled, CellKind.Integer),
        new("Sales (KES)", r => r.Sales, CellKind.Money),
        new("Commission (KES)", r => r.Commission, CellKind.Money),
        new("Bonus (KES)", r => r.Bonus, CellKind.Money),
        new("Expected banking (KES)", r => r.ExpectedBanking, CellKind.Money),
        new("Banked (KES)", r => r.Banked, CellKind.Money),
        new("Deficit (KES)", r => r.Deficit, CellKind.Money),
        new("Deficit days", r => r.DeficitDays, CellKind.Integer),
        new("Crates short", r => r.CratesShort, CellKind.Integer),
        new("Collection %", r => r.CollectionRate, CellKind.Quantity, 2),
    ];

    private static readonly ExcelColumn<DayFigures>[] DayColumns =
    [
        new("Day", d => d.Day, CellKind.Date),
        new("Produced", d => d.Produced, CellKind.Integer),
        new("Sales (KES)", d => d.Sales, CellKind.Money),
        new("Expected banking (KES)", d => d.ExpectedBanking, CellKind.Money),
        new("Banked (KES)", d => d.Banked, CellKind.Money),
        new("Deficit (KES)", d => d.Deficit, CellKind.Money),
        new("Crates short", d => d.CratesShort, CellKind.Integer),
        new("Net (KES)", d => d.Net, CellKind.Money),
    ];

    private static readonly ExcelColumn<StockLine>[] StockColumns =
    [
        new("Item", s => s.Item),
        new("Unit", s => s.Unit),
        new("Opening", s => s.Opening, CellKind.Quantity),
        new("Purchased", s => s.Purchased, CellKind.Quantity),
        new("Used", s => s.Used, CellKind.Quantity),
        new("Wasted", s => s.Wasted, CellKind.Quantity),
        new("Adjusted", s => s.Adjusted, CellKind.Quantity),
        new("Closing", s => s.Closing, CellKind.Quantity),
        new("Opening value (KES)", s => s.OpeningValue, CellKind.Money),
        new("Purchases (KES)", s => s.PurchasesValue, CellKind.Money),
        new("Closing value (KES)", s => s.ClosingValue, CellKind.Money),
        new("Consumed (KES)", s => s.ConsumedValue, CellKind.Money),
        new("Received on purchases", s => s.ReceivedOnPurchases, CellKind.Quantity),
        new("Unreconciled", s => s.Unreconciled, CellKind.Quantity),
    ];

    /// <summary>The report's workbook, or null when it has not been generated.</summary>
    public async Task<byte[]?> ReportAsync(ReportKind kind, DateOnly start)
    {
        if (await reports.GetAsync(kind, start) is not { } report) return null;
        var snapshot = report.Snapshot;
        var s = snapshot.Summary;
        List<(string, decimal)> pnl =
        [
            ("Sales", s.Sales), ("Production cost", s.ProductionCost), ("Gross", s.Gross), ("Packaging", s.Packaging),
            ("Commission", s.Commission), ("Net", s.Net),
        ];
        if (snapshot.Books is { } b)
            pnl.AddRange([("Books: revenue", b.Revenue), ("Books: cost of sales", b.CostOfSales), ("Books: gross profit", b.GrossProfit),
                ("Books: administrative", b.Administrative), ("Books: net profit", b.NetProfit)]);
        using var workbook = new ExcelWorkbook()
            .AddSheet("P&L", LineColumns, pnl)
            .AddSheet("Per product", ProductColumns, s.Products)
            .AddSheet("Production", ProductionColumns, s.Products)
            .AddSheet("Dispatch", RecipientColumns, s.Recipients)
            .AddSheet("Expected vs actual", DayColumns, s.Days)
            .AddSheet("Stock movement", StockColumns, snapshot.Stock)
            .AddSheet("Deficits", RecipientColumns, s.Recipients.Where(r => r.Deficit > 0 || r.CratesShort > 0))
            .AddSheet("About", TextColumns, About(report, snapshot));
        return workbook.ToBytes();
    }

    private static IEnumerable<(string, string)> About(StoredReport report, ReportSnapshot snapshot)
    {
        var h = snapshot.Highlights;
        yield return ("Report", report.Title);
        yield return ("Period", $"{report.PeriodStart:yyyy-MM-dd} to {report.PeriodEnd:yyyy-MM-dd}");
        yield return ("Generated", $"{TimeZoneInfo.ConvertTime(report.GeneratedAt, BusinessClock.Nairobi):yyyy-MM-dd HH:mm} by {report.GeneratedByName}, revision {report.Revision}");
        yield return ("Average daily margin %", h.AverageMarginPercent?.ToString("0.##") ?? "");
        yield return ("Best day", h.BestDay is { } best ? $"{best.Day:yyyy-MM-dd} net {best.Net:0.00}" : "");
        yield return ("Worst day", h.WorstDay is { } worst ? $"{worst.Day:yyyy-MM-dd} net {worst.Net:0.00}" : "");
        yield return ("Deficit incidents", h.DeficitIncidents.ToString());
        yield return ("Best product", h.BestProduct ?? "");
        yield return ("Best salesperson", h.BestSalesperson ?? "");
        yield return ("Working days (Mon-Sat)", h.WorkingDays.ToString());
        foreach (var warning in snapshot.Warnings) yield return ("Warning", warning);
    }
}
