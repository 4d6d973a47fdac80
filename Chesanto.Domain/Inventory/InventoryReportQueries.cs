using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>One stock movement with its item's name and recipe unit, for reports and exports.</summary>
public sealed record MovementReportRow(int Id, DateTimeOffset OccurredAt, DateOnly BusinessDay, int InventoryItemId, string Item, string Unit,
    StockMovementType Type, decimal Quantity, string Reason, string? ReferenceType, string? ReferenceId, string UserName, int? ReversesMovementId);

/// <summary>Read-only inventory history over a range of business days (exports, reports).</summary>
public sealed class InventoryReportQueries(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    /// <summary>A year and a day at most, so one request cannot pull the whole ledger.</summary>
    public const int MaxDays = 367;

    /// <summary>Movements of the business days from..to (inclusive), of one item or all, oldest first.</summary>
    public async Task<IReadOnlyList<MovementReportRow>> MovementsAsync(DateOnly from, DateOnly to, int? itemId = null)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        CheckRange(from, to);
        await using var db = await dbs.CreateDbContextAsync();
        if (itemId is { } id && !await db.InventoryItems.AnyAsync(i => i.Id == id))
            throw new DomainException("This inventory item does not exist.", "item");
        var movements = db.StockMovements.AsNoTracking().Where(m => m.BusinessDay >= from && m.BusinessDay <= to);
        if (itemId is { } only) movements = movements.Where(m => m.InventoryItemId == only);
        // By Id, not OccurredAt: ids follow commit order, and SQLite cannot order by DateTimeOffset.
        return await movements.Join(db.InventoryItems, m => m.InventoryItemId, i => i.Id, (m, i) => new { m, i.Name, i.RecipeUnit })
            .OrderBy(x => x.m.Id)
            .Select(x => new MovementReportRow(x.m.Id, x.m.OccurredAt, x.m.BusinessDay, x.m.InventoryItemId, x.Name, x.RecipeUnit, x.m.Type,
                x.m.Quantity, x.m.Reason, x.m.ReferenceType, x.m.ReferenceId, x.m.UserName, x.m.ReversesMovementId))
            .ToListAsync();
    }

    /// <summary>Purchases dated from..to (inclusive), with supplier and lines, oldest first.</summary>
    public async Task<IReadOnlyList<Purchase>> PurchasesAsync(DateOnly from, DateOnly to)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        CheckRange(from, to);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Purchases.AsNoTracking().Include(p => p.Supplier).Include(p => p.Lines).ThenInclude(l => l.InventoryItem)
            .Where(p => p.PurchaseDate >= from && p.PurchaseDate <= to).OrderBy(p => p.Id).AsSplitQuery().ToListAsync();
    }

    private static void CheckRange(DateOnly from, DateOnly to)
    {
        if (to < from) throw new DomainException("The end date is before the start date.", "to");
        if (to.DayNumber - from.DayNumber + 1 > MaxDays) throw new DomainException($"Choose at most {MaxDays} days.", "to");
    }
}
