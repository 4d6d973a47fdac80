using Chesanto.Domain.Accounting;
using Chesanto.Domain.Catalog;

namespace Chesanto.Domain.Books;

/// <summary>A stock ledger row reduced to what valuation needs; <see cref="IsOpening"/> marks stock brought in when the ledger was opened.</summary>
internal sealed record StockDelta(int ItemId, DateOnly Day, decimal Quantity, bool IsOpening);

/// <summary>A received purchase line reduced to what valuation needs (quantity and cost per purchase unit).</summary>
internal sealed record ReceivedLine(int ItemId, DateOnly Day, int LineId, decimal Quantity, decimal UnitCost);

/// <summary>
/// Values the stock ledger at month ends and costs each item's use as opening value + purchases − closing value
/// (WORKBOOK §12). The workbook typed its opening values into the formulas and priced the closing count by hand;
/// here both ends are the ledger's quantity at the last price paid by that day (the catalogue price when nothing was bought yet).
/// </summary>
internal static class MaterialValuation
{
    internal static IReadOnlyList<MaterialUse> Of(IReadOnlyList<InventoryItem> items, IReadOnlyList<StockDelta> stock,
        IReadOnlyList<ReceivedLine> received, DateOnly first, DateOnly last)
    {
        var byItem = stock.ToLookup(s => s.ItemId);
        var bought = received.ToLookup(r => r.ItemId);
        return items.Select(item =>
        {
            var moves = byItem[item.Id].ToList();
            var purchases = bought[item.Id].ToList();
            // Stock brought in by an opening entry was there before the month, even when the ledger was opened during it.
            var opening = moves.Where(m => m.Day < first || (m.IsOpening && m.Day <= last)).Sum(m => m.Quantity);
            var closing = moves.Where(m => m.Day <= last).Sum(m => m.Quantity);
            var inMonth = purchases.Where(p => p.Day >= first && p.Day <= last).ToList();
            var (openingPrice, openingFromCatalogue) = PriceOn(item, purchases, first.AddDays(-1));
            var (closingPrice, closingFromCatalogue) = PriceOn(item, purchases, last);
            return new MaterialUse(item.Id, item.Name, item.RecipeUnit, SectionOf(item.Category), opening, Money(opening * openingPrice),
                inMonth.Sum(p => p.Quantity * item.ConversionFactor), Money(inMonth.Sum(p => p.Quantity * p.UnitCost)),
                closing, Money(closing * closingPrice), (opening != 0 && openingFromCatalogue) || (closing != 0 && closingFromCatalogue));
        }).Where(m => m.OpeningQuantity != 0 || m.Purchases != 0 || m.ClosingQuantity != 0).ToList();
    }

    /// <summary>Per recipe unit: the newest purchase received by <paramref name="day"/>, else the catalogue's price.</summary>
    private static (decimal Price, bool FromCatalogue) PriceOn(InventoryItem item, IEnumerable<ReceivedLine> purchases, DateOnly day)
    {
        var latest = purchases.Where(p => p.Day <= day).OrderBy(p => p.Day).ThenBy(p => p.LineId).LastOrDefault();
        if (latest is null || item.ConversionFactor == 0) return (item.CostPerRecipeUnit, true);
        return (latest.UnitCost / item.ConversionFactor, false);
    }

    private static PnlSection SectionOf(InventoryCategory category) => category switch
    {
        InventoryCategory.Raw or InventoryCategory.Packaging => PnlSection.DirectMaterials,
        InventoryCategory.FuelEnergy => PnlSection.Indirect,
        _ => PnlSection.Administrative,
    };

    internal static decimal Money(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
