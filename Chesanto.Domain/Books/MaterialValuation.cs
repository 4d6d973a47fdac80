using Chesanto.Domain.Accounting;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Books;

/// <summary>
/// A stock ledger row reduced to what valuation needs. <see cref="IsOpening"/> marks stock brought in when the ledger was
/// opened; <see cref="IsBoughtOrReturned"/> marks stock bought or sent back other than by receiving a purchase order
/// (a purchase posted by hand, a return to the supplier, or the reversal of either or of a receipt).
/// </summary>
internal sealed record StockDelta(int ItemId, DateOnly Day, decimal Quantity, bool IsOpening, bool IsBoughtOrReturned);

internal sealed record StockData(IReadOnlyList<InventoryItem> Items, IReadOnlyList<StockDelta> Stock, IReadOnlyList<ReceivedLine> Received);

/// <summary>A received purchase line reduced to what valuation needs (quantity and cost per purchase unit).</summary>
internal sealed record ReceivedLine(int ItemId, DateOnly Day, int LineId, decimal Quantity, decimal UnitCost);

/// <summary>
/// Values the stock ledger at month ends and costs each item's use as opening value + purchases − closing value
/// (WORKBOOK §12). The workbook typed its opening values into the formulas and priced the closing count by hand;
/// here both ends are the ledger's quantity at the last price paid by that day (the catalogue price when nothing was bought yet).
/// </summary>
internal static class MaterialValuation
{
    /// <summary>The ledger reference of a receipt against a purchase order (valued from the order's lines instead).</summary>
    private const string PurchaseReference = "Purchase";

    /// <summary>The ledger and the received purchases up to <paramref name="last"/>: enough to value any period that ends by then.</summary>
    internal static async Task<StockData> LoadAsync(ChesantoDbContext db, DateOnly last)
    {
        var items = await db.InventoryItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        var rows = await db.StockMovements.AsNoTracking().Where(m => m.BusinessDay <= last)
            .Select(m => new { m.Id, m.InventoryItemId, m.BusinessDay, m.Quantity, m.Type, m.ReferenceType, m.ReversesMovementId }).ToListAsync();
        var types = rows.ToDictionary(r => r.Id, r => r.Type);
        bool BoughtOrReturned(StockMovementType type, string? reference) =>
            (type == StockMovementType.Purchase && reference != PurchaseReference) || type == StockMovementType.ReturnToSupplier;
        var stock = rows.Select(m => new StockDelta(m.InventoryItemId, m.BusinessDay, m.Quantity, m.Type == StockMovementType.Opening,
            BoughtOrReturned(m.Type, m.ReferenceType) || (m.ReversesMovementId is { } undone
                && types.GetValueOrDefault(undone) is StockMovementType.Purchase or StockMovementType.ReturnToSupplier))).ToList();
        var received = await db.PurchaseLines.AsNoTracking()
            .Join(db.Purchases.Where(p => p.Status == PurchaseStatus.Received && p.ReceivedOn <= last), l => l.PurchaseId, p => p.Id,
                (l, p) => new ReceivedLine(l.InventoryItemId, p.ReceivedOn!.Value, l.Id, l.Quantity, l.UnitCost)).ToListAsync();
        return new StockData(items, stock, received);
    }

    internal static IReadOnlyList<MaterialUse> Of(StockData data, DateOnly first, DateOnly last)
    {
        var byItem = data.Stock.ToLookup(s => s.ItemId);
        var bought = data.Received.ToLookup(r => r.ItemId);
        return data.Items.Select(item =>
        {
            var moves = byItem[item.Id].ToList();
            var purchases = bought[item.Id].ToList();
            // Stock brought in by an opening entry was there before the month, even when the ledger was opened during it.
            var opening = moves.Where(m => m.Day < first || (m.IsOpening && m.Day <= last)).Sum(m => m.Quantity);
            var closing = moves.Where(m => m.Day <= last).Sum(m => m.Quantity);
            var inMonth = purchases.Where(p => p.Day >= first && p.Day <= last).ToList();
            var otherwise = moves.Where(m => m.IsBoughtOrReturned && m.Day >= first && m.Day <= last).ToList();
            var (openingPrice, openingFromCatalogue) = PriceOn(item, purchases, first.AddDays(-1));
            var (closingPrice, closingFromCatalogue) = PriceOn(item, purchases, last);
            return new MaterialUse(item.Id, item.Name, item.RecipeUnit, SectionOf(item.Category), opening, Money(opening * openingPrice),
                inMonth.Sum(p => p.Quantity * item.ConversionFactor) + otherwise.Sum(m => m.Quantity),
                Money(inMonth.Sum(p => p.Quantity * p.UnitCost) + otherwise.Sum(m => m.Quantity * PriceOn(item, purchases, m.Day).Price)),
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
