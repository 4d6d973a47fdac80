using Chesanto.Domain.Books;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>
/// "Profit and Loss Ac" (WORKBOOK §12) in the bakery's layout: line amounts in one column, section totals (direct,
/// indirect, salaries, commission, administrative) in the next, the statement's totals in the third, and where each
/// figure comes from.
/// </summary>
internal static class ProfitAndLossSheet
{
    public const string Name = "Profit and Loss Ac";

    internal sealed record Row(string Line, decimal? Amount = null, decimal? SectionTotal = null, decimal? Total = null, string? Source = null);

    private static readonly ExcelColumn<Row>[] Columns =
    [
        new("Line", r => r.Line),
        new("Amount (KES)", r => r.Amount, CellKind.Money),
        new("Section total (KES)", r => r.SectionTotal, CellKind.Money),
        new("Total (KES)", r => r.Total, CellKind.Money),
        new("Source", r => r.Source),
    ];

    public static void Add(ExcelWorkbook workbook, ProfitAndLoss pnl) => workbook.AddSheet(Name, Columns, Rows(pnl).ToList());

    internal static IEnumerable<Row> Rows(ProfitAndLoss pnl)
    {
        yield return new($"PROFIT AND LOSS STATEMENT FOR {pnl.FirstDay:MMMM yyyy}".ToUpperInvariant());
        yield return new("Revenue");
        foreach (var l in pnl.Revenue) yield return new(l.Label, l.Amount, Source: l.Source);
        yield return new("Total Revenue", Total: pnl.TotalRevenue);
        yield return new("Cost of sales");
        foreach (var block in pnl.CostOfSales)
        {
            yield return new(block.Title);
            foreach (var l in block.Lines) yield return new(l.Label, l.Amount, Source: l.Source);
            yield return new($"Total {block.Title.ToLowerInvariant()}", SectionTotal: block.Total);
        }
        yield return new("Total cost of sales", Total: pnl.TotalCostOfSales);
        yield return new("Gross profit", Total: pnl.GrossProfit);
        yield return new(pnl.Administrative.Title);
        foreach (var l in pnl.Administrative.Lines) yield return new(l.Label, l.Amount, Source: l.Source);
        yield return new("Total administrative", Total: pnl.Administrative.Total);
        yield return new("Profit before tax", Total: pnl.ProfitBeforeTax);
        yield return new(pnl.Tax.Label, pnl.Tax.Amount, Source: pnl.Tax.Source);
        yield return new("Net Profit/Loss", Total: pnl.NetProfit);
        yield return new(pnl.Reserves.Label, pnl.Reserves.Amount, Source: pnl.Reserves.Source);
        yield return new("Net Profit/Loss after the education policy", Total: pnl.AfterReserves);
        if (pnl.NotInPnl.Count > 0)
        {
            yield return new("Not in the P&L (money that moved)");
            foreach (var l in pnl.NotInPnl) yield return new(l.Label, l.Amount, Source: l.Source);
        }
        foreach (var warning in pnl.Warnings) yield return new("Note", Source: warning);
    }
}
