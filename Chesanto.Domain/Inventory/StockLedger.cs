using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>The one ingredient stock ledger: balances are sums of movements, and postings never make stock negative.</summary>
public sealed class StockLedger(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock, IEventHub events)
{
    public async Task<decimal> BalanceAsync(int itemId)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await BalanceOfAsync(db, itemId);
    }

    /// <summary>Every item's stock; items with no movements are absent (their stock is zero).</summary>
    public async Task<IReadOnlyDictionary<int, decimal>> BalancesAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await AllBalancesAsync(db);
    }

    /// <summary>The newest movements of an item first.</summary>
    public async Task<IReadOnlyList<StockMovement>> HistoryAsync(int itemId, int take = 50)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        // By Id, not OccurredAt: ids follow commit order, and SQLite cannot order by DateTimeOffset.
        return await db.StockMovements.AsNoTracking().Where(m => m.InventoryItemId == itemId)
            .OrderByDescending(m => m.Id).Take(take).ToListAsync();
    }

    /// <summary>
    /// One page of an item's movements, newest first, narrowed by the filter; with the filtered total, and which of the
    /// page's movements have been reversed already (so a page need not offer reversing them).
    /// </summary>
    public async Task<StockHistoryPage> HistoryPageAsync(int itemId, StockHistoryFilter filter, int skip, int take)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        if (skip < 0 || take is < 1 or > 500) throw new DomainException("Ask for between 1 and 500 movements.");
        await using var db = await dbs.CreateDbContextAsync();
        var query = db.StockMovements.AsNoTracking().Where(m => m.InventoryItemId == itemId);
        if (filter.Type is { } type) query = query.Where(m => m.Type == type);
        if (filter.From is { } from) query = query.Where(m => m.BusinessDay >= from);
        if (filter.To is { } to) query = query.Where(m => m.BusinessDay <= to);
        var total = await query.CountAsync();
        var movements = await query.OrderByDescending(m => m.Id).Skip(skip).Take(take).ToListAsync();
        var ids = movements.Select(m => m.Id).ToList();
        var reversed = await db.StockMovements.Where(m => m.ReversesMovementId != null && ids.Contains(m.ReversesMovementId.Value))
            .Select(m => m.ReversesMovementId!.Value).ToListAsync();
        return new StockHistoryPage(movements, total, reversed.ToHashSet());
    }

    /// <summary>Posts one movement; one that would leave less than nothing in the store is refused, naming the shortfall.</summary>
    public async Task<StockMovement> PostAsync(int itemId, StockMovementType type, decimal quantity, string reason,
        string? referenceType = null, string? referenceId = null)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageStock);
        Validate(type, quantity, reason);
        return await WriteAsync(itemId, _ => Task.FromResult(New(actor, itemId, type, quantity, reason, referenceType, referenceId, null)));
    }

    /// <summary>Posts the exact opposite of a movement. A movement is reversed at most once, and a reversal never.</summary>
    public async Task<StockMovement> ReverseAsync(int movementId, string reason)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageStock);
        RequireReason(reason);
        StockMovement original;
        await using (var db = await dbs.CreateDbContextAsync())
            original = await db.StockMovements.AsNoTracking().SingleOrDefaultAsync(m => m.Id == movementId)
                ?? throw new DomainException("This movement does not exist.");
        if (original.Type == StockMovementType.Reversal)
            throw new DomainException("A reversal cannot be reversed; post a new movement instead.");
        return await WriteAsync(original.InventoryItemId, async db =>
        {
            if (await db.StockMovements.AnyAsync(m => m.ReversesMovementId == movementId))
                throw new DomainException("This movement has already been reversed.");
            return New(actor, original.InventoryItemId, StockMovementType.Reversal, -original.Quantity, reason,
                original.ReferenceType, original.ReferenceId, original.Id);
        });
    }

    /// <summary>Maintenance: recounts every item from its ledger and lists what is wrong (nothing, on a healthy ledger).</summary>
    public async Task<IReadOnlyList<StockProblem>> VerifyAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        var names = await db.InventoryItems.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name);
        var balances = await AllBalancesAsync(db);
        var problems = balances.Where(b => b.Value < 0)
            .Select(b => new StockProblem(b.Key, names.GetValueOrDefault(b.Key, "?"), b.Value, "The ledger adds up to less than nothing.")).ToList();
        var movements = await db.StockMovements.AsNoTracking().ToDictionaryAsync(m => m.Id);
        foreach (var reversal in movements.Values.Where(m => m.ReversesMovementId is not null))
            if (!movements.TryGetValue(reversal.ReversesMovementId!.Value, out var original)
                || original.InventoryItemId != reversal.InventoryItemId || original.Quantity != -reversal.Quantity)
                problems.Add(new StockProblem(reversal.InventoryItemId, names.GetValueOrDefault(reversal.InventoryItemId, "?"),
                    balances.GetValueOrDefault(reversal.InventoryItemId), $"Reversal {reversal.Id} does not undo movement {reversal.ReversesMovementId}."));
        return problems;
    }

    /// <summary>
    /// One transaction: bump the item's <see cref="StockGuard"/>, count the balance, add the movement. The guard's version
    /// is a concurrency token, so of two clerks who counted the same balance only the first commits; the second's guard
    /// update matches no row (or its first-ever guard insert hits the key), and it starts over and counts again. This is
    /// plain optimistic concurrency, so it is correct on SQL Server at READ COMMITTED and on SQLite (whose write
    /// transactions are serialised anyway) without provider-specific lock hints.
    /// </summary>
    private async Task<StockMovement> WriteAsync(int itemId, Func<ChesantoDbContext, Task<StockMovement>> build)
    {
        var (movement, after) = await dbs.InTransactionAsync(async db =>
        {
            var movement = await build(db);
            return (movement, await GuardAndAddAsync(db, movement));
        });
        await events.PublishAsync(new StockChanged(itemId, after));
        return movement;
    }

    /// <summary>
    /// Stages a movement inside the caller's context and transaction, for business operations that move stock as
    /// part of something bigger (receiving a purchase). It bumps the item's <see cref="StockGuard"/> and checks the
    /// balance exactly like <see cref="PostAsync"/>; the caller saves, commits, retries on a conflict and then
    /// publishes the returned <see cref="StockChanged"/>.
    /// </summary>
    internal async Task<StockChanged> StageAsync(ChesantoDbContext db, Actor actor, int itemId, StockMovementType type,
        decimal quantity, string reason, string? referenceType, string? referenceId)
    {
        if (!actor.Can(Permissions.ManageStock)) throw new PermissionDeniedException(Permissions.ManageStock);
        Validate(type, quantity, reason);
        var after = await GuardAndAddAsync(db, New(actor, itemId, type, quantity, reason, referenceType, referenceId, null));
        return new StockChanged(itemId, after);
    }

    /// <summary>Bumps the item's guard, refuses a movement that would leave less than nothing, adds it; returns the new balance.</summary>
    private static async Task<decimal> GuardAndAddAsync(ChesantoDbContext db, StockMovement movement)
    {
        var itemId = movement.InventoryItemId;
        var item = await db.InventoryItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId)
            ?? throw new DomainException("This item no longer exists.");
        var guard = await db.StockGuards.SingleOrDefaultAsync(g => g.InventoryItemId == itemId);
        if (guard is null) db.StockGuards.Add(guard = new StockGuard { InventoryItemId = itemId });
        guard.Version = Guid.NewGuid();
        var balance = await BalanceOfAsync(db, itemId);
        var after = balance + movement.Quantity;
        if (after < 0) throw Shortfall(item, -movement.Quantity, balance);
        db.StockMovements.Add(movement);
        return after;
    }

    private static void Validate(StockMovementType type, decimal quantity, string reason)
    {
        if (type == StockMovementType.Reversal)
            throw new DomainException("Undo a movement by reversing it.", nameof(StockMovement.Type));
        if (quantity == 0) throw new DomainException("Enter a quantity other than zero.", nameof(StockMovement.Quantity));
        if (decimal.Round(quantity, 3) != quantity)
            throw new DomainException("Quantities are kept to three decimal places.", nameof(StockMovement.Quantity));
        RequireReason(reason);
    }

    private StockMovement New(Actor actor, int itemId, StockMovementType type, decimal quantity, string reason,
        string? referenceType, string? referenceId, int? reverses) => new()
    {
        InventoryItemId = itemId, Type = type, Quantity = quantity, OccurredAt = clock.UtcNow, BusinessDay = clock.Today,
        Reason = reason.Trim(), ReferenceType = referenceType, ReferenceId = referenceId, UserId = actor.UserId, UserName = actor.Name,
        ReversesMovementId = reverses,
    };

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the stock changes.", nameof(StockMovement.Reason));
    }

    // SQLite cannot SUM decimals (they are stored as text), so sums are taken here on both providers.
    private static async Task<decimal> BalanceOfAsync(ChesantoDbContext db, int itemId) =>
        (await db.StockMovements.Where(m => m.InventoryItemId == itemId).Select(m => m.Quantity).ToListAsync()).Sum();

    private static async Task<IReadOnlyDictionary<int, decimal>> AllBalancesAsync(ChesantoDbContext db) =>
        (await db.StockMovements.AsNoTracking().Select(m => new { m.InventoryItemId, m.Quantity }).ToListAsync())
            .GroupBy(m => m.InventoryItemId).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));

    private static string Shown(decimal quantity) => quantity.ToString("#,0.000", CultureInfo.InvariantCulture);

    /// <summary>"Need 36.000 kg Wheat Flour, 25.500 kg available.", at the Quantity field.</summary>
    internal static DomainException Shortfall(InventoryItem item, decimal needed, decimal available) =>
        new($"Need {Shown(needed)} {item.RecipeUnit} {item.Name}, {Shown(available)} {item.RecipeUnit} available.", "Quantity");
}
