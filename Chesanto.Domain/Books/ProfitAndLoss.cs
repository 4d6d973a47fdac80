using Chesanto.Domain.Accounting;

namespace Chesanto.Domain.Books;

/// <summary>One line of the statement; <see cref="Source"/> says where the figure comes from, so the accountant can check it.</summary>
public sealed record PnlLine(string Label, decimal Amount, string Source);

/// <summary>
/// An ingredient's cost for the month by the periodic stock method of WORKBOOK §12: opening value + purchases − closing
/// value. Quantities are the stock ledger's (recipe units); values use the last price paid by that day.
/// </summary>
public sealed record MaterialUse(int ItemId, string Item, string Unit, PnlSection Section, decimal OpeningQuantity, decimal OpeningValue,
    decimal PurchasedQuantity, decimal Purchases, decimal ClosingQuantity, decimal ClosingValue, bool PricedFromCatalogue)
{
    public decimal Used => OpeningValue + Purchases - ClosingValue;
}

public sealed record PnlBlock(PnlSection Section, string Title, IReadOnlyList<PnlLine> Lines)
{
    public decimal Total => Lines.Sum(l => l.Amount);
}

/// <summary>A way this statement differs from the bakery's workbook on purpose, and why (the brief: show it, don't copy it).</summary>
public sealed record WorkbookDifference(string Line, string Workbook, string Chesanto);

/// <summary>
/// A month's profit and loss in the bakery's layout (DOMAIN §6.3): revenue; cost of sales = direct materials, indirect,
/// direct salaries and commissions; gross profit; administrative; profit before tax; tax; net profit; then the
/// education policy (reserves). Money that moved but is no income or cost is listed in <see cref="NotInPnl"/>.
/// </summary>
public sealed record ProfitAndLoss(int Year, int Month, IReadOnlyList<PnlLine> Revenue, IReadOnlyList<PnlBlock> CostOfSales,
    PnlBlock Administrative, PnlLine Tax, PnlLine Reserves, IReadOnlyList<MaterialUse> Materials, IReadOnlyList<PnlLine> NotInPnl,
    IReadOnlyList<string> Warnings, PeriodSummary Products)
{
    public DateOnly FirstDay => new(Year, Month, 1);
    public decimal TotalRevenue => Revenue.Sum(l => l.Amount);
    public decimal Block(PnlSection section) => CostOfSales.Where(b => b.Section == section).Sum(b => b.Total);
    public decimal TotalCostOfSales => CostOfSales.Sum(b => b.Total);
    public decimal GrossProfit => TotalRevenue - TotalCostOfSales;
    public decimal ProfitBeforeTax => GrossProfit - Administrative.Total;
    public decimal NetProfit => ProfitBeforeTax - Tax.Amount;
    /// <summary>The workbook's unlabelled F63 (Month on Month calls it "Net Profit/Loss"): after the education policy.</summary>
    public decimal AfterReserves => NetProfit - Reserves.Amount;
    public decimal? NetMarginPercent => ProductFigures.Percent(NetProfit, TotalRevenue);
}
