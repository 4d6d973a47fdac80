using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>
/// One item's month from the stock ledger (WORKBOOK §6 "Closing stock inventory"), in the recipe unit: a reversal counts
/// against the kind of movement it undoes, so a reversed purchase is not a purchase. Used, wasted and returned are
/// positive quantities that left the store.
/// </summary>
public sealed record StockMonthLine(int InventoryItemId, string Item, string Unit, decimal Opening, decimal Purchased, decimal Used,
    decimal Wasted, decimal ReturnedToSupplier, decimal Adjusted, decimal CostPerUnit)
{
    public decimal Closing => Opening + Purchased - Used - Wasted - ReturnedToSupplier + Adjusted;
    public decimal ClosingValue => Closing * CostPerUnit;
}

/// <summary>The month's ingredient stock per item, read from the ledger only (it is the only source of stock).</summary>
public sealed class StockMonthQuery(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<StockMonthLine>> MonthAsync(DateOnly month)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        var first = new DateOnly(month.Year, month.Month, 1);
        await using var db = await dbs.CreateDbContextAsync();
        return await RangeAsync(db, first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The same for any range of business days (a report's week or day).</summary>
    internal static async Task<IReadOnlyList<StockMonthLine>> RangeAsync(ChesantoDbContext db, DateOnly first, DateOnly last)
    {
        var items = await db.InventoryItems.AsNoTracking().OrderBy(i => i.Name).ToListAsync();
        var moves = await db.StockMovements.AsNoTracking().Where(m => m.BusinessDay <= last)
            .Select(m => new { m.Id, m.InventoryItemId, m.Type, m.Quantity, m.BusinessDay, m.ReversesMovementId }).ToListAsync();
        var types = moves.ToDictionary(m => m.Id, m => m.Type);
        StockMovementType KindOf(StockMovementType type, int? reverses) =>
            type == StockMovementType.Reversal && reverses is { } id && types.TryGetValue(id, out var undone) ? undone : type;
        return items.Where(i => i.IsActive || moves.Any(m => m.InventoryItemId == i.Id)).Select(i =>
        {
            var mine = moves.Where(m => m.InventoryItemId == i.Id).ToList();
            var inMonth = mine.Where(m => m.BusinessDay >= first).Select(m => (Kind: KindOf(m.Type, m.ReversesMovementId), m.Quantity)).ToList();
            decimal Of(params StockMovementType[] kinds) => inMonth.Where(m => kinds.Contains(m.Kind)).Sum(m => m.Quantity);
            return new StockMonthLine(i.Id, i.Name, i.RecipeUnit, mine.Where(m => m.BusinessDay < first).Sum(m => m.Quantity),
                Of(StockMovementType.Purchase), -Of(StockMovementType.ProductionUse), -Of(StockMovementType.Wastage),
                -Of(StockMovementType.ReturnToSupplier), Of(StockMovementType.Opening, StockMovementType.CountAdjustment, StockMovementType.Reversal),
                i.CostPerRecipeUnit);
        }).ToList();
    }
}
