using Chesanto.Domain.Books;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Reports;

/// <summary>Assembles a snapshot from the figures the books, production and stock already compute; nothing is counted a second way.</summary>
internal static class ReportBuilder
{
    internal static async Task<ReportSnapshot> BuildAsync(ChesantoDbContext db, ReportKind kind, DateOnly from, DateOnly to, ProfitAndLossService books)
    {
        var summary = await PeriodSummaryQuery.BuildAsync(db, from, to);
        var production = await ProductionAsync(db, from, to);
        var stock = await StockAsync(db, from, to);
        BooksLine? pnl = null;
        var warnings = new List<string>();
        if (kind == ReportKind.Monthly)
        {
            var month = await books.MonthAsync(from.Year, from.Month);
            pnl = new BooksLine(month.TotalRevenue, month.TotalCostOfSales, month.GrossProfit, month.Administrative.Total, month.NetProfit,
                month.NetMarginPercent);
            warnings.AddRange(month.Warnings);
        }
        if (summary.UnsettledDays > 0 && kind != ReportKind.Monthly) // the month's statement warns of them already
            warnings.Add($"{summary.UnsettledDays} dispatch day(s) not settled yet (KES {summary.UnsettledValue:#,0.00} at price): not in sales.");
        if (production.Any(p => !p.Closed))
            warnings.Add("Some production days were not closed: their costs can still change.");
        if (stock.Any(s => s.Unreconciled != 0))
            warnings.Add("Purchases received and the stock ledger's purchases differ for: "
                + string.Join(", ", stock.Where(s => s.Unreconciled != 0).Select(s => s.Item)) + ".");
        return new ReportSnapshot(summary, production, stock, Highlights(summary), pnl, warnings);
    }

    private static async Task<List<ProductionDayLine>> ProductionAsync(ChesantoDbContext db, DateOnly from, DateOnly to)
    {
        var days = await db.ProductionDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to)
            .Select(d => new { d.Date, d.IsClosed, Batches = d.Batches.Count }).ToListAsync();
        var reports = await db.DailyProductionReports.AsNoTracking().Where(r => r.Date >= from && r.Date <= to).ToListAsync();
        return days.Where(d => d.Batches > 0 || reports.Any(r => r.Date == d.Date)).OrderBy(d => d.Date).Select(d =>
            reports.SingleOrDefault(r => r.Date == d.Date) is { } r && d.IsClosed
                ? new ProductionDayLine(d.Date, true, r.BatchCount, r.IngredientCost, r.PackagingCost, r.IndirectCost, r.TotalCost, r.ExpectedRevenue, r.HasVariance)
                : new ProductionDayLine(d.Date, d.IsClosed, d.Batches, 0, 0, 0, 0, 0, false)).ToList();
    }

    /// <summary>
    /// Quantities by kind from the ledger's month slicing, values by the P&amp;L's valuation; the closing quantity is the
    /// ledger's own total, so <see cref="StockLine.Balances"/> checks the slicing against it.
    /// </summary>
    private static async Task<List<StockLine>> StockAsync(ChesantoDbContext db, DateOnly from, DateOnly to)
    {
        var values = MaterialValuation.Of(await MaterialValuation.LoadAsync(db, to), from, to).ToDictionary(m => m.ItemId);
        var lines = await StockMonthQuery.RangeAsync(db, from, to);
        return lines.Where(l => values.ContainsKey(l.InventoryItemId)).OrderBy(l => l.InventoryItemId).Select(l =>
        {
            var v = values[l.InventoryItemId];
            var openedInRange = v.OpeningQuantity - l.Opening; // opening entries posted in the period count as opening stock
            return new StockLine(l.Item, l.Unit, v.OpeningQuantity, l.Purchased - l.ReturnedToSupplier, l.Used, l.Wasted, l.Adjusted - openedInRange,
                v.ClosingQuantity, v.OpeningValue, v.Purchases, v.ClosingValue, v.PurchasedQuantity);
        }).ToList();
    }

    internal static ReportHighlights Highlights(PeriodSummary s)
    {
        var active = s.Days.Where(d => d.Sales != 0 || d.Produced != 0).ToList();
        var selling = s.Days.Where(d => d.Sales != 0).ToList();
        var margins = selling.Select(d => ProductFigures.Percent(d.Net, d.Sales)!.Value).ToList();
        DayPick Pick(DayFigures d) => new(d.Day, d.Sales, d.Net);
        var best = selling.MaxBy(d => d.Net);
        var worst = selling.MinBy(d => d.Net);
        decimal Average(Func<DayFigures, decimal> f) => active.Count == 0 ? 0 : Math.Round(active.Sum(f) / active.Count, 2, MidpointRounding.AwayFromZero);
        return new ReportHighlights(margins.Count == 0 ? null : Math.Round(margins.Average(), 2, MidpointRounding.AwayFromZero),
            best is null ? null : Pick(best), worst is null ? null : Pick(worst), active.Count, Average(d => d.Sales), Average(d => d.Net),
            Average(d => d.Produced), s.DeficitIncidents, s.Commission, s.Bonus,
            s.Products.Where(p => p.Sales != 0).MaxBy(p => p.Net)?.Product, s.Recipients.Where(r => r.Sales != 0).MaxBy(r => r.Sales)?.Recipient,
            s.WorkingDays);
    }
}
