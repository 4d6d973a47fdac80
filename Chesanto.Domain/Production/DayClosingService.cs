using System.Globalization;
using System.Text.Json;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Production;

/// <summary>
/// Closing the books of a production day (DOMAIN §4.4): by the 21:00 job (as the system actor) or an accountant.
/// Closing a closed day changes nothing and returns its report, so the job and a clerk may both run it.
/// </summary>
public sealed class DayClosingService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, FinishedGoodsLedger goods)
{
    /// <summary>A count further than this share of (opening + produced) from the books is a variance to investigate.</summary>
    public const decimal VarianceThresholdPercent = 5m;
    private const string CloseReference = "DayClose";

    public async Task<DailyProductionReport?> ReportAsync(DateOnly date)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.DailyProductionReports.AsNoTracking().SingleOrDefaultAsync(r => r.Date == date);
    }

    /// <summary>
    /// Closes the day (today when null): adjusts finished goods to any physical count and flags variances over 5 %,
    /// finalizes the batches, snapshots inventory value and stores the daily report. <paramref name="force"/> (superadmin)
    /// regenerates the report of a day already closed.
    /// </summary>
    public async Task<DailyProductionReport> CloseDayAsync(DateOnly? date = null, bool force = false)
    {
        var actor = await currentUser.RequireAsync(Permissions.CloseDay);
        if (force && !actor.Can(Permissions.EditClosedBooks)) throw new PermissionDeniedException(Permissions.EditClosedBooks);
        var day = date ?? clock.Today;
        if (day > clock.Today) throw new DomainException("A day cannot be closed before it has begun.", "Day");
        if (!force && await ClosedReportAsync(day) is { } closed) return closed;

        var changes = new List<FinishedGoodsChanged>();
        var (report, closedNow) = await dbs.InTransactionAsync(async db =>
        {
            changes.Clear(); // a conflict starts over: only the committed attempt's changes are published
            var pd = await db.ProductionDays.Include(d => d.IndirectCosts).Include(d => d.Batches).ThenInclude(b => b.Lines)
                .AsSplitQuery().SingleOrDefaultAsync(d => d.Date == day);
            var existing = await db.DailyProductionReports.SingleOrDefaultAsync(r => r.Date == day);
            if (pd is { IsClosed: true } && !force && existing is not null) return (existing, false);
            if (pd is null) db.ProductionDays.Add(pd = new ProductionDay { Date = day });
            pd.Version = Guid.NewGuid();

            var stock = await CountAndCompareAsync(db, actor, day, changes);
            foreach (var batch in pd.Batches) batch.IsFinalized = true;
            pd.IsClosed = true;
            pd.ClosedAt = clock.UtcNow;
            pd.ClosedById = actor.UserId;
            pd.ClosedByName = actor.Name;

            var cost = await ProductionService.CostAsync(db, day, pd.Batches, pd.IndirectCosts.Sum(c => c.Amount));
            var inventory = await InventoryAsync(db, day);
            var report = existing ?? db.DailyProductionReports.Add(new DailyProductionReport { Date = day }).Entity;
            report.BatchCount = pd.Batches.Count;
            report.IngredientCost = ProductionCosting.Shown(cost.Ingredient);
            report.PackagingCost = ProductionCosting.Shown(cost.Packaging);
            report.IndirectCost = ProductionCosting.Shown(cost.Indirect);
            report.TotalCost = ProductionCosting.Shown(cost.Total);
            report.ExpectedRevenue = ProductionCosting.Shown(cost.Revenue);
            report.GrossProfit = ProductionCosting.Shown(cost.GrossProfit);
            report.InventoryValue = ProductionCosting.Shown(inventory.Sum(i => i.Value));
            report.HasVariance = stock.Any(s => s.HasVariance);
            report.ClosingStockJson = JsonSerializer.Serialize(stock);
            report.InventoryJson = JsonSerializer.Serialize(inventory);
            report.GeneratedAt = clock.UtcNow;
            report.GeneratedByName = actor.Name;
            return (report, true);
        });
        foreach (var change in changes) await events.PublishAsync(change);
        if (closedNow) await events.PublishAsync(new ProductionDayChanged(day, true));
        return report;
    }

    /// <summary>The stored report of a closed day, found without loading its batches; the job's repeat runs stop here.</summary>
    private async Task<DailyProductionReport?> ClosedReportAsync(DateOnly day)
    {
        await using var db = await dbs.CreateDbContextAsync();
        if (!await db.ProductionDays.AnyAsync(d => d.Date == day && d.IsClosed)) return null;
        return await db.DailyProductionReports.AsNoTracking().SingleOrDefaultAsync(r => r.Date == day);
    }

    /// <summary>Reopens a closed day for corrections (superadmin only), with the reason in the audit log.</summary>
    public async Task ReopenDayAsync(DateOnly date, string reason)
    {
        var actor = await currentUser.RequireAsync(Permissions.EditClosedBooks);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the day is reopened.", "Reason");
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var pd = await db.ProductionDays.Include(d => d.Batches).SingleOrDefaultAsync(d => d.Date == date);
            if (pd is not { IsClosed: true }) throw new DomainException($"{ProductionService.Shown(date)} is not closed.", "Day");
            pd.IsClosed = false;
            pd.ClosedAt = null;
            pd.ClosedById = null;
            pd.ClosedByName = null;
            pd.ReopenReason = reason.Trim();
            foreach (var batch in pd.Batches) batch.IsFinalized = false;
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.UtcNow, Action = AuditAction.Info, UserId = actor.UserId, UserName = actor.Name, IpAddress = actor.IpAddress,
                Entity = nameof(ProductionDay), EntityKey = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Message = $"Reopened {ProductionService.Shown(date)}: {reason.Trim()}",
            });
            try { await db.SaveChangesAsync(); }
            catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(); }
        }
        await events.PublishAsync(new ProductionDayChanged(date, false));
    }

    /// <summary>
    /// The day's finished stock per product and grade. Where a physical count was entered, the books are adjusted to it
    /// by a Count movement and the difference is compared with opening + produced. A re-close sees through its own
    /// earlier count adjustment, so the variance is reported the same way again.
    /// </summary>
    private async Task<List<ClosingStockLine>> CountAndCompareAsync(ChesantoDbContext db, Actor actor, DateOnly day, List<FinishedGoodsChanged> changes)
    {
        var key = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = await FinishedGoodsLedger.DayOfAsync(db, day);
        var counts = await db.FinishedGoodsCounts.AsNoTracking().Where(c => c.Date == day).ToListAsync();
        var earlier = (await db.FinishedGoodsMovements.AsNoTracking().Where(m => m.ReferenceType == CloseReference && m.ReferenceId == key)
                .Select(m => new { m.ProductId, m.Grade, m.Quantity }).ToListAsync())
            .GroupBy(m => (m.ProductId, m.Grade)).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        var result = new List<ClosingStockLine>();
        foreach (var line in lines)
        {
            var already = earlier.GetValueOrDefault((line.ProductId, line.Grade));
            var computed = line.Closing - already;
            var counted = counts.SingleOrDefault(c => c.ProductId == line.ProductId && c.Grade == line.Grade)?.Counted;
            decimal? variance = null;
            var flagged = false;
            if (counted is { } c)
            {
                var difference = c - computed;
                var basis = line.Opening + line.Produced;
                variance = basis == 0 ? null : Math.Round(Math.Abs((decimal)difference) / basis * 100m, 2, MidpointRounding.AwayFromZero);
                flagged = variance is { } v ? v > VarianceThresholdPercent : difference != 0;
                var toPost = c - line.Closing;
                if (toPost != 0)
                    changes.Add(await goods.StageAsync(db, actor, line.ProductId, line.Grade, FinishedGoodsMovementType.Count, toPost, day,
                        $"Physical count at closing {ProductionService.Shown(day)}: {c:#,0}", CloseReference, key));
            }
            result.Add(new ClosingStockLine(line.ProductId, line.Product, line.Grade, line.Opening, line.Produced, line.Dispatched, line.Returned,
                line.Damaged, line.Adjusted - already, computed, counted, variance, flagged));
        }
        return result;
    }

    /// <summary>Every item's stock at the end of the day (its ledger up to that day) at today's cost per recipe unit.</summary>
    private static async Task<List<InventorySnapshotLine>> InventoryAsync(ChesantoDbContext db, DateOnly day)
    {
        var balances = (await db.StockMovements.AsNoTracking().Where(m => m.BusinessDay <= day).Select(m => new { m.InventoryItemId, m.Quantity }).ToListAsync())
            .GroupBy(m => m.InventoryItemId).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        var items = await db.InventoryItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        return items.Where(i => balances.ContainsKey(i.Id))
            .Select(i => new InventorySnapshotLine(i.Id, i.Name, i.RecipeUnit, balances[i.Id], ProductionCosting.Shown(balances[i.Id] * i.CostPerRecipeUnit)))
            .ToList();
    }
}
