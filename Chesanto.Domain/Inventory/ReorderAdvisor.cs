using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

public enum StockLevel { Ok, Low, Critical, Out }

/// <summary>
/// An item's reorder status. <see cref="AverageDailyUsage"/> is zero and <see cref="DaysRemaining"/> null when the
/// item was not used in the window.
/// </summary>
public sealed record ReorderStatus(int InventoryItemId, string ItemName, string Unit, decimal Stock, decimal ReorderLevel,
    decimal AverageDailyUsage, int? DaysRemaining, StockLevel Level);

/// <summary>
/// How long each item will last (DOMAIN §3.2 "Reorder"): usage (production use and wastage) over the last 28
/// business days, divided by 24 operating days, gives the average daily usage.
/// </summary>
public sealed class ReorderAdvisor(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock)
{
    public const int WindowDays = 28;
    public const int OperatingDays = 24;
    public const int CriticalDays = 3;
    public const int LowDays = 7;

    /// <summary>Every active item's status, by name.</summary>
    public async Task<IReadOnlyList<ReorderStatus>> StatusAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        var items = await db.InventoryItems.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.Name).ToListAsync();
        var movements = await db.StockMovements.AsNoTracking()
            .Select(m => new { m.InventoryItemId, m.Type, m.Quantity, m.BusinessDay }).ToListAsync();
        var stock = movements.GroupBy(m => m.InventoryItemId).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        var today = clock.Today;
        var from = today.AddDays(-(WindowDays - 1));
        var usage = movements
            .Where(m => m.Type is StockMovementType.ProductionUse or StockMovementType.Wastage
                && m.BusinessDay >= from && m.BusinessDay <= today)
            .GroupBy(m => m.InventoryItemId).ToDictionary(g => g.Key, g => -g.Sum(m => m.Quantity));
        return items.Select(i =>
        {
            var onHand = stock.GetValueOrDefault(i.Id);
            var daily = Math.Max(0m, usage.GetValueOrDefault(i.Id)) / OperatingDays;
            int? days = daily > 0 ? (int)Math.Floor(Math.Max(0m, onHand) / daily) : null;
            var level = onHand <= 0 ? StockLevel.Out
                : days < CriticalDays ? StockLevel.Critical
                : onHand < i.ReorderLevel || days < LowDays ? StockLevel.Low
                : StockLevel.Ok;
            return new ReorderStatus(i.Id, i.Name, i.RecipeUnit, onHand, i.ReorderLevel, decimal.Round(daily, 3), days, level);
        }).ToList();
    }
}
