using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Production;

/// <summary>One product's and grade's stock over a day, computed from the ledger.</summary>
public sealed record FinishedStockLine(int ProductId, string Product, Grade Grade, int Opening, int Produced, int Dispatched,
    int Returned, int Damaged, int Adjusted, int Closing)
{
    public int AvailableForSale => Opening + Produced;
}

/// <summary>
/// The finished-goods ledger (DOMAIN §4.3, §5.4). Sales and dispatch post through <see cref="StageAsync"/> inside their
/// own transaction, exactly like ingredient stock moves through StockLedger.
/// </summary>
public sealed class FinishedGoodsLedger(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock, IEventHub events)
{
    /// <summary>Packets in the store now per (product, grade); absent means none.</summary>
    public async Task<IReadOnlyDictionary<(int ProductId, Grade Grade), int>> AvailableAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        await using var db = await dbs.CreateDbContextAsync();
        return await AvailableOfAsync(db);
    }

    /// <summary>The store now, for callers that checked their own permission (the dispatch form).</summary>
    internal static async Task<IReadOnlyDictionary<(int ProductId, Grade Grade), int>> AvailableOfAsync(ChesantoDbContext db) =>
        (await db.FinishedGoodsMovements.GroupBy(m => new { m.ProductId, m.Grade })
            .Select(g => new { g.Key.ProductId, g.Key.Grade, Quantity = g.Sum(m => m.Quantity) }).ToListAsync())
            .ToDictionary(g => (g.ProductId, g.Grade), g => g.Quantity);

    /// <summary>Opening (everything before the day), the day's movements by type, and closing, for every active product and grade.</summary>
    public async Task<IReadOnlyList<FinishedStockLine>> DayAsync(DateOnly day)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        await using var db = await dbs.CreateDbContextAsync();
        return await DayOfAsync(db, day);
    }

    public async Task<IReadOnlyList<FinishedGoodsMovement>> HistoryAsync(int productId, Grade grade, int take = 50)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.FinishedGoodsMovements.AsNoTracking().Where(m => m.ProductId == productId && m.Grade == grade)
            .OrderByDescending(m => m.Id).Take(take).ToListAsync();
    }

    /// <summary>A hand correction of the store (damage, adjustment), dated today; refused if it leaves less than nothing.</summary>
    public async Task<FinishedGoodsMovement> AdjustAsync(int productId, Grade grade, FinishedGoodsMovementType type, int quantity, string reason)
    {
        var actor = await currentUser.RequireAsync(Permissions.AdjustFinishedGoods);
        if (type is not (FinishedGoodsMovementType.Adjustment or FinishedGoodsMovementType.Damage))
            throw new DomainException("Only adjustments and damage are entered by hand.", nameof(FinishedGoodsMovement.Type));
        if (type == FinishedGoodsMovementType.Damage && quantity > 0)
            throw new DomainException("Damage takes packets out of the store; enter it as a negative number.", nameof(FinishedGoodsMovement.Quantity));
        var (change, movement) = await dbs.InTransactionAsync(async db =>
        {
            var change = await StageAsync(db, actor, productId, grade, type, quantity, clock.Today, reason, null, null);
            return (change, db.FinishedGoodsMovements.Local.Last());
        });
        await events.PublishAsync(change);
        return movement;
    }

    /// <summary>
    /// Stages a movement in the caller's context and transaction: bumps the (product, grade) guard, refuses a
    /// movement that would leave less than nothing, adds it. The caller saves, commits, retries on a
    /// <see cref="DbUpdateException"/> and publishes the returned event after commit.
    /// </summary>
    internal async Task<FinishedGoodsChanged> StageAsync(ChesantoDbContext db, Actor actor, int productId, Grade grade,
        FinishedGoodsMovementType type, int quantity, DateOnly businessDay, string reason, string? referenceType, string? referenceId,
        int? reverses = null)
    {
        if (quantity == 0) throw new DomainException("Enter a quantity other than zero.", nameof(FinishedGoodsMovement.Quantity));
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the stock changes.", nameof(FinishedGoodsMovement.Reason));
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId)
            ?? throw new DomainException("This product no longer exists.");
        await GuardAsync(db, productId, grade);
        var balance = await BalanceOfAsync(db, productId, grade);
        var after = balance + quantity;
        if (after < 0)
            throw new DomainException($"Only {balance:#,0} {product.Name}{(grade == Grade.Reject ? " rejects" : "")} in the store; {-quantity:#,0} cannot go out.",
                nameof(FinishedGoodsMovement.Quantity));
        db.FinishedGoodsMovements.Add(new FinishedGoodsMovement
        {
            ProductId = productId, Grade = grade, Type = type, Quantity = quantity, BusinessDay = businessDay, OccurredAt = clock.UtcNow,
            Reason = reason.Trim(), ReferenceType = referenceType, ReferenceId = referenceId, UserId = actor.UserId, UserName = actor.Name,
            ReversesMovementId = reverses,
        });
        return new FinishedGoodsChanged(productId, grade, after);
    }

    /// <summary>Tracks and bumps the guard so a concurrent posting for the same product and grade conflicts.</summary>
    internal static async Task GuardAsync(ChesantoDbContext db, int productId, Grade grade)
    {
        var guard = db.FinishedGoodsGuards.Local.SingleOrDefault(g => g.ProductId == productId && g.Grade == grade)
            ?? await db.FinishedGoodsGuards.SingleOrDefaultAsync(g => g.ProductId == productId && g.Grade == grade);
        if (guard is null) db.FinishedGoodsGuards.Add(guard = new FinishedGoodsGuard { ProductId = productId, Grade = grade });
        guard.Version = Guid.NewGuid();
    }

    // Staged but unsaved rows count too, so several stagings for one product in one save add up.
    internal static async Task<int> BalanceOfAsync(ChesantoDbContext db, int productId, Grade grade) =>
        await db.FinishedGoodsMovements.Where(m => m.ProductId == productId && m.Grade == grade).SumAsync(m => m.Quantity)
        + db.FinishedGoodsMovements.Local.Where(m => m.Id <= 0 && m.ProductId == productId && m.Grade == grade).Sum(m => m.Quantity);

    internal static async Task<IReadOnlyList<FinishedStockLine>> DayOfAsync(ChesantoDbContext db, DateOnly day)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).ToListAsync();
        var rows = await db.FinishedGoodsMovements.AsNoTracking().Where(m => m.BusinessDay <= day)
            .Select(m => new { m.ProductId, m.Grade, m.Type, m.Quantity, m.BusinessDay }).ToListAsync();
        var lines = new List<FinishedStockLine>();
        foreach (var p in products)
            foreach (var grade in new[] { Grade.Regular, Grade.Reject })
            {
                if (grade == Grade.Reject && p.SubProductName is null) continue;
                var mine = rows.Where(r => r.ProductId == p.Id && r.Grade == grade).ToList();
                var today = mine.Where(r => r.BusinessDay == day).ToList();
                int Of(FinishedGoodsMovementType t) => today.Where(r => r.Type == t).Sum(r => r.Quantity);
                var opening = mine.Where(r => r.BusinessDay < day).Sum(r => r.Quantity);
                var adjusted = Of(FinishedGoodsMovementType.Count) + Of(FinishedGoodsMovementType.Adjustment) + Of(FinishedGoodsMovementType.Reversal);
                lines.Add(new FinishedStockLine(p.Id, grade == Grade.Reject ? p.SubProductName ?? $"{p.Name} rejects" : p.Name, grade, opening,
                    Of(FinishedGoodsMovementType.Production), -Of(FinishedGoodsMovementType.Dispatch), Of(FinishedGoodsMovementType.Return),
                    -Of(FinishedGoodsMovementType.Damage), adjusted, opening + today.Sum(r => r.Quantity)));
            }
        return lines;
    }
}
