using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>
/// Recording and deciding wastage (DOMAIN §3.2, P20). Stock moves only for approved wastage, always in the same
/// transaction as the approval, through the ledger (so a shortfall is refused with its "Need ..." message).
/// </summary>
public sealed class WastageService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, StockLedger ledger)
{
    /// <summary>Wastage, newest first, with its item; optionally only one status.</summary>
    public async Task<IReadOnlyList<WastageRecord>> ListAsync(WastageStatus? status = null, int take = 200)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.WastageRecords.AsNoTracking().Include(w => w.InventoryItem)
            .Where(w => status == null || w.Status == status).OrderByDescending(w => w.Id).Take(take).ToListAsync();
    }

    /// <summary>How many records wait for the CEO.</summary>
    public async Task<int> CountPendingAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.WastageRecords.CountAsync(w => w.Status == WastageStatus.Pending);
    }

    /// <summary>
    /// Records wastage at today's cost. Up to 500 KES it is approved by the system and its stock posted in the same
    /// transaction; above, it stays pending and moves no stock.
    /// </summary>
    public async Task<WastageRecord> RecordAsync(WastageInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.RecordWastage);
        if (!Enum.IsDefined(input.Reason)) throw new DomainException("Choose a reason.", nameof(WastageRecord.Reason));
        if (input.Quantity <= 0) throw new DomainException("Enter a quantity more than zero.", nameof(WastageRecord.Quantity));
        if (decimal.Round(input.Quantity, 3) != input.Quantity)
            throw new DomainException("Quantities are kept to three decimal places.", nameof(WastageRecord.Quantity));
        if (string.IsNullOrWhiteSpace(input.Description))
            throw new DomainException("Describe what happened.", nameof(WastageRecord.Description));
        return await InTransactionAsync(async (db, changes) =>
        {
            var item = await db.InventoryItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == input.InventoryItemId)
                ?? throw new DomainException("Choose an item.", nameof(WastageRecord.InventoryItemId));
            var record = new WastageRecord
            {
                InventoryItemId = item.Id, Reason = input.Reason, Quantity = input.Quantity, BusinessDay = clock.Today,
                Description = input.Description.Trim(), Cost = WastageRecord.CostOf(input.Quantity, item),
                RecordedAt = clock.UtcNow, RecordedById = actor.UserId, RecordedByName = actor.Name,
            };
            if (record.RequiresApproval)
            {
                // Nothing moves yet, but wastage of more than the store holds is refused now, as the ledger would.
                var balance = await ledger.BalanceAsync(item.Id);
                if (balance < record.Quantity)
                    throw StockLedger.Shortfall(item, record.Quantity, balance);
            }
            db.WastageRecords.Add(record);
            await db.SaveChangesAsync();
            if (!record.RequiresApproval)
            {
                record.Approve(Actor.System, clock.UtcNow, $"Approved automatically: {Money(record.Cost)} KES is within the {Money(WastageRecord.ApprovalThreshold)} KES limit.");
                changes.Add(await StageAsync(db, actor, record, item.Name, item.RecipeUnit));
            }
            return record;
        });
    }

    /// <summary>The CEO approves pending wastage: the status change and the stock movement commit together.</summary>
    public async Task<WastageRecord> ApproveAsync(int wastageId, string? note = null)
    {
        var actor = await currentUser.RequireAsync(Permissions.ApproveWastage);
        return await InTransactionAsync(async (db, changes) =>
        {
            var record = await LoadAsync(db, wastageId);
            record.Approve(actor, clock.UtcNow, note);
            changes.Add(await StageAsync(db, actor, record, record.InventoryItem!.Name, record.InventoryItem.RecipeUnit));
            return record;
        });
    }

    /// <summary>The CEO rejects pending wastage, saying why; no stock moves.</summary>
    public async Task<WastageRecord> RejectAsync(int wastageId, string note)
    {
        var actor = await currentUser.RequireAsync(Permissions.ApproveWastage);
        return await InTransactionAsync(async (db, _) =>
        {
            var record = await LoadAsync(db, wastageId);
            record.Reject(actor, clock.UtcNow, note);
            return record;
        });
    }

    private static async Task<WastageRecord> LoadAsync(ChesantoDbContext db, int wastageId) =>
        await db.WastageRecords.Include(w => w.InventoryItem).SingleOrDefaultAsync(w => w.Id == wastageId)
            ?? throw new DomainException("This wastage record does not exist.");

    /// <summary>Stages the Wastage movement and links it to the record; it is inserted by the caller's save.</summary>
    private async Task<StockChanged> StageAsync(ChesantoDbContext db, Actor actor, WastageRecord record, string itemName, string unit)
    {
        var reference = record.Id.ToString(CultureInfo.InvariantCulture);
        var change = await ledger.StageAsync(db, actor, record.InventoryItemId, StockMovementType.Wastage, -record.Quantity,
            $"Wastage ({record.Reason}) of {record.Quantity:0.###} {unit} {itemName}: {record.Description}", "Wastage", reference);
        record.StockMovement = db.StockMovements.Local.Single(m => m.ReferenceType == "Wastage" && m.ReferenceId == reference
            && db.Entry(m).State == EntityState.Added);
        return change;
    }

    /// <summary>One transaction per attempt; a collision with another stock posting or decision starts over.</summary>
    private async Task<WastageRecord> InTransactionAsync(Func<ChesantoDbContext, List<StockChanged>, Task<WastageRecord>> work)
    {
        var changes = new List<StockChanged>();
        var record = await dbs.InTransactionAsync(db =>
        {
            changes.Clear(); // a conflict starts over: only the committed attempt's changes are published
            return work(db, changes);
        });
        foreach (var change in changes) await events.PublishAsync(change);
        await events.PublishAsync(new WastageChanged(record.Id, record.Status));
        return record;
    }


    private static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
