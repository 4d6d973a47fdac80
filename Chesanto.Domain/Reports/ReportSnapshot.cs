using System.Text.Json;
using Chesanto.Domain.Books;

namespace Chesanto.Domain.Reports;

/// <summary>
/// The figures of a stored report in the §8.1 template: the period summary (P&amp;L on the recipe-cost basis, per
/// product, per day, dispatch and deficits by salesperson, expected vs actual banking), the production days as
/// closed, the ingredient stock movement with its reconciliation, the highlights of a week or month, and for a
/// month the books' own P&amp;L.
/// </summary>
public sealed record ReportSnapshot(PeriodSummary Summary, IReadOnlyList<ProductionDayLine> Production, IReadOnlyList<StockLine> Stock,
    ReportHighlights Highlights, BooksLine? Books, IReadOnlyList<string> Warnings)
{
    public static ReportSnapshot Read(string json) => JsonSerializer.Deserialize<ReportSnapshot>(json)
        ?? throw new InvalidOperationException("A stored report has no snapshot.");

    public string Write() => JsonSerializer.Serialize(this);
}

/// <summary>One production day: its batches and costs as the close stored them (DailyProductionReport).</summary>
public sealed record ProductionDayLine(DateOnly Day, bool Closed, int Batches, decimal IngredientCost, decimal PackagingCost, decimal IndirectCost,
    decimal TotalCost, decimal ExpectedRevenue, bool HasVariance);

/// <summary>
/// One ingredient over the period: the ledger's opening, movements by kind and closing, with the values of the
/// periodic stock method; <see cref="Unreconciled"/> is purchases received that the ledger does not show (or the reverse).
/// </summary>
public sealed record StockLine(string Item, string Unit, decimal Opening, decimal Purchased, decimal Used, decimal Wasted, decimal Adjusted,
    decimal Closing, decimal OpeningValue, decimal PurchasesValue, decimal ClosingValue, decimal ReceivedOnPurchases)
{
    public decimal ConsumedValue => OpeningValue + PurchasesValue - ClosingValue;
    public decimal Unreconciled => ReceivedOnPurchases - Purchased;
    public bool Balances => Opening + Purchased - Used - Wasted + Adjusted == Closing;
}

public sealed record DayPick(DateOnly Day, decimal Sales, decimal Net);

/// <summary>Weekly adds average margin, best/worst day and daily averages; monthly adds the rest (DOMAIN §8.1).</summary>
public sealed record ReportHighlights(decimal? AverageMarginPercent, DayPick? BestDay, DayPick? WorstDay, int ActiveDays, decimal AverageSales,
    decimal AverageNet, decimal AverageProduced, int DeficitIncidents, decimal PerUnitCommission, decimal BonusCommission, string? BestProduct,
    string? BestSalesperson, int WorkingDays);

/// <summary>The month's statement from the books (DOMAIN §6.3), beside the recipe-cost figures.</summary>
public sealed record BooksLine(decimal Revenue, decimal CostOfSales, decimal GrossProfit, decimal Administrative, decimal NetProfit, decimal? NetMarginPercent);
