using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>
/// One item of a physical count: what the ledger expected, what was counted, and the variance. A variance above
/// 5 % of the expected stock needs investigation (DOMAIN §3.2, "Physical counts"). <see cref="VariancePercent"/> is
/// null when nothing was expected but something was counted.
/// </summary>
public sealed record StockCountLine(int InventoryItemId, string ItemName, string Unit, decimal Expected, decimal Counted,
    decimal Difference, decimal? VariancePercent, bool NeedsInvestigation);

/// <summary>Physical stock counts: the store's count replaces the ledger's figure through CountAdjustment movements.</summary>
public sealed class StockCountService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, StockLedger ledger)
{
    /// <summary>A variance above this share of the expected stock needs investigation.</summary>
    public const decimal InvestigationThresholdPercent = 5m;

    /// <summary>
    /// In one transaction, posts for each counted item a CountAdjustment of counted − ledger balance (nothing when
    /// they agree), referenced ("Count", Nairobi's business day), and reports the variance of each item.
    /// </summary>
    public async Task<IReadOnlyList<StockCountLine>> RecordCountAsync(IReadOnlyList<(int ItemId, decimal Counted)> counts, string note)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageStock);
        if (counts.Count == 0) throw new DomainException("Count at least one item.", "Counted");
        foreach (var (_, counted) in counts)
        {
            if (counted < 0) throw new DomainException("A count cannot be less than nothing.", "Counted");
            if (decimal.Round(counted, 3) != counted)
                throw new DomainException("Quantities are kept to three decimal places.", "Counted");
        }
        if (counts.Select(c => c.ItemId).Distinct().Count() != counts.Count)
            throw new DomainException("Count each item once.", "Counted");
        var reason = string.IsNullOrWhiteSpace(note) ? "Physical count" : $"Physical count: {note.Trim()}";
        var day = clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ids = counts.Select(c => c.ItemId).ToList();

        var changes = new List<StockChanged>();
        var lines = await dbs.InTransactionAsync(async db =>
        {
            changes.Clear(); // a conflict starts over: only the committed attempt's changes are published
            var lines = new List<StockCountLine>();
            var items = await db.InventoryItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
            if (items.Count != ids.Count) throw new DomainException("One of the counted items no longer exists.", "Counted");
            // Track the guards before reading balances, so a posting that commits after this read makes ours conflict
            // and the count starts over (the ledger's StageAsync bumps these same tracked rows).
            await db.StockGuards.Where(g => ids.Contains(g.InventoryItemId)).ToListAsync();
            var balances = (await db.StockMovements.Where(m => ids.Contains(m.InventoryItemId))
                    .Select(m => new { m.InventoryItemId, m.Quantity }).ToListAsync())
                .GroupBy(m => m.InventoryItemId).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
            foreach (var (itemId, counted) in counts)
            {
                var item = items[itemId];
                var expected = balances.GetValueOrDefault(itemId);
                var difference = counted - expected;
                if (difference != 0)
                    changes.Add(await ledger.StageAsync(db, actor, itemId, StockMovementType.CountAdjustment, difference,
                        reason, "Count", day));
                lines.Add(Line(itemId, item.Name, item.RecipeUnit, expected, counted));
            }
            return lines;
        });
        foreach (var change in changes) await events.PublishAsync(change);
        return lines;
    }

    private static StockCountLine Line(int itemId, string name, string unit, decimal expected, decimal counted)
    {
        var difference = counted - expected;
        if (expected == 0)
            return new StockCountLine(itemId, name, unit, expected, counted, difference, difference == 0 ? 0m : null, difference != 0);
        var variance = difference / expected * 100m;
        return new StockCountLine(itemId, name, unit, expected, counted, difference, decimal.Round(variance, 2),
            Math.Abs(variance) > InvestigationThresholdPercent);
    }
}
