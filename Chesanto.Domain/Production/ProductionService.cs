using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Production;

/// <summary>
/// Daily production (DOMAIN §4): batches, their ingredient, packaging and finished-goods movements, indirect costs.
/// Every command is one transaction that posts only the difference between what a batch should have moved and what
/// its movements already moved, so recording, editing and deleting share one path and never double-count (P1, P13).
/// </summary>
public sealed class ProductionService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, StockLedger stock, FinishedGoodsLedger goods)
{
    /// <summary>After this hour (Nairobi) the day counts as closed for everyone but a superadmin, even if the job failed.</summary>
    public static readonly TimeOnly ClosingTime = new(21, 0);

    public async Task<ProductionDayView> DayAsync(DateOnly? date = null)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        var day = date ?? clock.Today;
        await using var db = await dbs.CreateDbContextAsync();
        var pd = await db.ProductionDays.AsNoTracking().Include(d => d.IndirectCosts)
            .Include(d => d.Batches).ThenInclude(b => b.Lines).ThenInclude(l => l.InventoryItem)
            .Include(d => d.Batches).ThenInclude(b => b.Product)
            .AsSplitQuery().SingleOrDefaultAsync(d => d.Date == day);
        var batches = pd?.Batches.OrderBy(b => b.BatchNumber).ToList() ?? [];
        var indirect = pd?.IndirectCosts.OrderBy(c => c.Id).ToList() ?? [];
        var cost = await CostAsync(db, day, batches, indirect.Sum(c => c.Amount));
        return new ProductionDayView(day, pd?.IsClosed ?? false, pd?.ClosedAt, pd?.ClosedByName, batches, indirect, cost,
            await FinishedGoodsLedger.DayOfAsync(db, day));
    }

    /// <summary>The active recipe's lines in each item's recipe unit: what the batch dialog starts from.</summary>
    public async Task<IReadOnlyList<BatchLineInput>> DefaultLinesAsync(int mixId)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        await using var db = await dbs.CreateDbContextAsync();
        var mix = await LoadMixAsync(db, mixId);
        return RecipeLines(mix);
    }

    public async Task<int> NextBatchNumberAsync(DateOnly? date = null)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        var day = date ?? clock.Today;
        await using var db = await dbs.CreateDbContextAsync();
        return await db.ProductionBatches.Where(b => b.Day!.Date == day).Select(b => (int?)b.BatchNumber).MaxAsync() + 1 ?? 1;
    }

    /// <summary>
    /// Records a batch in one transaction: checks every ingredient's stock and refuses listing every shortage, then posts
    /// the ingredients used, one bag per packet and per reject, and the packets (regular and reject) into finished goods.
    /// </summary>
    public async Task<ProductionBatch> RecordBatchAsync(BatchInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.RecordProduction);
        ValidateOutput(input.ActualPackets, input.Rejects, input.StartTime, input.EndTime);
        if (input.BatchNumber is < 1) throw new DomainException("Batch numbers start at 1.", nameof(ProductionBatch.BatchNumber));
        ValidateLines(input.Lines);
        var date = input.Day ?? clock.Today;

        return await RunAsync(async (db, posted) =>
        {
            var day = await DayForWriteAsync(db, actor, date);
            var mix = await LoadMixAsync(db, input.MixId);
            if (!mix.IsActive)
                throw new DomainException($"{mix.Name} v{mix.Version} of {mix.Product!.Name} is not the active recipe; choose the active one.", nameof(ProductionBatch.MixId));
            if (!mix.Product!.IsActive) throw new DomainException($"{mix.Product.Name} is no longer produced.", nameof(ProductionBatch.MixId));
            RequireRejectsAllowed(mix.Product, input.Rejects);
            var numbers = await db.ProductionBatches.Where(b => b.ProductionDayId == day.Id).Select(b => b.BatchNumber).ToListAsync();
            if (input.BatchNumber is { } wanted && numbers.Contains(wanted))
                throw new DomainException($"Batch {wanted} already exists on {Shown(date)}; the next free number is {numbers.Max() + 1}.", nameof(ProductionBatch.BatchNumber));
            var packaging = await PackagingItemAsync(db, mix.Product);
            var batch = new ProductionBatch
            {
                ProductionDayId = day.Id, MixId = mix.Id, ProductId = mix.ProductId, BatchNumber = input.BatchNumber ?? (numbers.Count == 0 ? 1 : numbers.Max() + 1),
                StartTime = input.StartTime, EndTime = input.EndTime, ExpectedPackets = mix.ExpectedPackets, ActualPackets = input.ActualPackets,
                Rejects = input.Rejects, QualityNotes = Clean(input.QualityNotes), PackagingItemId = packaging?.Id,
                PackagingUnitCost = UnitCost(packaging), RecordedAt = clock.UtcNow, RecordedById = actor.UserId, RecordedByName = actor.Name,
                Version = Guid.NewGuid(),
                Lines = await LinesAsync(db, input.Lines ?? RecipeLines(mix), []),
            };
            db.ProductionBatches.Add(batch);
            await db.SaveChangesAsync();
            await PostDifferencesAsync(db, actor, batch, date, $"Batch {batch.BatchNumber} {mix.Product.Name}, {Shown(date)}", posted);
            posted.Batch = new BatchRecorded(batch.Id, date, batch.ProductId);
            return batch;
        });
    }

    /// <summary>Corrects a batch; only the differences from what it already moved are posted.</summary>
    public async Task<ProductionBatch> EditBatchAsync(int batchId, BatchEdit input)
    {
        var actor = await currentUser.RequireAsync(Permissions.EditProduction);
        ValidateOutput(input.ActualPackets, input.Rejects, input.StartTime, input.EndTime);
        ValidateLines(input.Lines);
        return await RunAsync(async (db, posted) =>
        {
            var batch = await LoadBatchAsync(db, batchId);
            var date = batch.Day!.Date;
            var day = await DayForWriteAsync(db, actor, date);
            RequireRejectsAllowed(batch.Product!, input.Rejects);
            batch.ActualPackets = input.ActualPackets;
            batch.Rejects = input.Rejects;
            batch.StartTime = input.StartTime;
            batch.EndTime = input.EndTime;
            batch.QualityNotes = Clean(input.QualityNotes);
            batch.Version = Guid.NewGuid();
            if (input.Lines is not null)
            {
                var wanted = await LinesAsync(db, input.Lines, batch.Lines);
                db.BatchIngredients.RemoveRange(batch.Lines.Where(l => wanted.All(w => w.InventoryItemId != l.InventoryItemId)));
                foreach (var line in wanted)
                {
                    var existing = batch.Lines.SingleOrDefault(l => l.InventoryItemId == line.InventoryItemId);
                    if (existing is null) batch.Lines.Add(line);
                    else existing.Quantity = line.Quantity;
                }
                batch.Lines.RemoveAll(l => wanted.All(w => w.InventoryItemId != l.InventoryItemId));
            }
            await db.SaveChangesAsync();
            await PostDifferencesAsync(db, actor, batch, date, $"Batch {batch.BatchNumber} {batch.Product!.Name}, {Shown(date)}, corrected", posted);
            posted.Changed = new BatchChanged(batch.Id, date, batch.ProductId, false);
            return batch;
        });
    }

    /// <summary>Deletes a batch and puts back everything it moved, with the reason on every movement.</summary>
    public async Task DeleteBatchAsync(int batchId, string reason)
    {
        var actor = await currentUser.RequireAsync(Permissions.EditProduction);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the batch is deleted.", "Reason");
        await RunAsync(async (db, posted) =>
        {
            var batch = await LoadBatchAsync(db, batchId);
            var date = batch.Day!.Date;
            await DayForWriteAsync(db, actor, date);
            await PostDifferencesAsync(db, actor, batch, date, $"Batch {batch.BatchNumber} {batch.Product!.Name}, {Shown(date)}, deleted: {reason.Trim()}", posted, removing: true);
            db.ProductionBatches.Remove(batch);
            posted.Changed = new BatchChanged(batch.Id, date, batch.ProductId, true);
            return 0;
        });
    }

    public async Task<IndirectCost> AddIndirectCostAsync(IndirectCostInput input, DateOnly? date = null)
    {
        var actor = await currentUser.RequireAsync(Permissions.EditProduction);
        if (input.Amount <= 0) throw new DomainException("Enter an amount above zero.", nameof(IndirectCost.Amount));
        if (decimal.Round(input.Amount, 2) != input.Amount) throw new DomainException("Amounts are in shillings and cents.", nameof(IndirectCost.Amount));
        return await RunAsync(async (db, posted) =>
        {
            var day = await DayForWriteAsync(db, actor, date ?? clock.Today);
            var cost = new IndirectCost
            {
                ProductionDayId = day.Id, Type = input.Type, Amount = input.Amount, Description = Clean(input.Description),
                ReceiptNumber = Clean(input.ReceiptNumber), Vendor = Clean(input.Vendor),
            };
            db.IndirectCosts.Add(cost);
            posted.Day = new ProductionDayChanged(day.Date, false);
            return cost;
        });
    }

    public async Task RemoveIndirectCostAsync(int indirectCostId)
    {
        var actor = await currentUser.RequireAsync(Permissions.EditProduction);
        await RunAsync(async (db, posted) =>
        {
            var cost = await db.IndirectCosts.SingleOrDefaultAsync(c => c.Id == indirectCostId)
                ?? throw new DomainException("This indirect cost no longer exists.");
            var date = await db.ProductionDays.Where(d => d.Id == cost.ProductionDayId).Select(d => d.Date).SingleAsync();
            await DayForWriteAsync(db, actor, date);
            db.IndirectCosts.Remove(cost);
            posted.Day = new ProductionDayChanged(date, false);
            return 0;
        });
    }

    /// <summary>The physical counts entered for a day, before or after its close.</summary>
    public async Task<IReadOnlyList<FinishedGoodsCount>> CountsAsync(DateOnly date)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.FinishedGoodsCounts.AsNoTracking().Where(c => c.Date == date).OrderBy(c => c.Id).ToListAsync();
    }

    /// <summary>A physical count of a product's packets, compared with the ledger (and adjusted to) when the day closes.</summary>
    public async Task RecordFinishedCountAsync(int productId, Grade grade, int counted, DateOnly? date = null)
    {
        var actor = await currentUser.RequireAsync(Permissions.RecordProduction);
        if (counted < 0) throw new DomainException("A count cannot be less than nothing.", nameof(FinishedGoodsCount.Counted));
        await RunAsync(async (db, posted) =>
        {
            var day = await DayForWriteAsync(db, actor, date ?? clock.Today);
            if (!await db.Products.AnyAsync(p => p.Id == productId)) throw new DomainException("This product no longer exists.");
            var row = await db.FinishedGoodsCounts.SingleOrDefaultAsync(c => c.Date == day.Date && c.ProductId == productId && c.Grade == grade);
            if (row is null) db.FinishedGoodsCounts.Add(row = new FinishedGoodsCount { Date = day.Date, ProductId = productId, Grade = grade });
            row.Counted = counted;
            row.CountedAt = clock.UtcNow;
            row.CountedByName = actor.Name;
            posted.Day = new ProductionDayChanged(day.Date, false);
            return 0;
        });
    }

    // ---- the shared write path -------------------------------------------------------------------------------

    /// <summary>Posted events, published only after the commit.</summary>
    private sealed class Posted
    {
        public List<StockChanged> Stock { get; } = [];
        public List<FinishedGoodsChanged> Goods { get; } = [];
        public BatchRecorded? Batch { get; set; }
        public BatchChanged? Changed { get; set; }
        public ProductionDayChanged? Day { get; set; }
    }

    /// <summary>One transaction, started over on a write conflict (another clerk's guard bump, batch number or day row).</summary>
    private async Task<T> RunAsync<T>(Func<ChesantoDbContext, Posted, Task<T>> work)
    {
        var posted = new Posted();
        var result = await dbs.InTransactionAsync(db =>
        {
            posted = new Posted(); // a conflict starts over: only the committed attempt's events are published
            return work(db, posted);
        });
        foreach (var e in posted.Stock) await events.PublishAsync(e);
        foreach (var e in posted.Goods) await events.PublishAsync(e);
        if (posted.Batch is not null) await events.PublishAsync(posted.Batch);
        if (posted.Changed is not null) await events.PublishAsync(posted.Changed);
        if (posted.Day is not null) await events.PublishAsync(posted.Day);
        return result;
    }

    /// <summary>
    /// Posts, per item and grade, what the batch should have moved minus what its movements already moved. Ingredient
    /// guards are taken before any balance is read, so a concurrent batch makes one of the two start over and re-check.
    /// </summary>
    private async Task PostDifferencesAsync(ChesantoDbContext db, Actor actor, ProductionBatch batch, DateOnly date, string reason,
        Posted posted, bool removing = false)
    {
        var reference = batch.Id.ToString(CultureInfo.InvariantCulture);
        var wanted = new Dictionary<int, decimal>();
        if (!removing)
        {
            foreach (var line in batch.Lines) wanted[line.InventoryItemId] = wanted.GetValueOrDefault(line.InventoryItemId) - line.Quantity;
            if (batch.PackagingItemId is { } bags) wanted[bags] = wanted.GetValueOrDefault(bags) - batch.Bags;
        }
        var already = (await db.StockMovements.Where(m => m.ReferenceType == ProductionBatch.ReferenceType && m.ReferenceId == reference)
                .Select(m => new { m.InventoryItemId, m.Quantity }).ToListAsync())
            .GroupBy(m => m.InventoryItemId).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        var deltas = wanted.Keys.Union(already.Keys)
            .Select(id => (ItemId: id, Delta: wanted.GetValueOrDefault(id) - already.GetValueOrDefault(id))).Where(d => d.Delta != 0).ToList();
        var ids = deltas.Select(d => d.ItemId).ToList();
        await db.StockGuards.Where(g => ids.Contains(g.InventoryItemId)).ToListAsync();
        var balances = (await db.StockMovements.Where(m => ids.Contains(m.InventoryItemId)).Select(m => new { m.InventoryItemId, m.Quantity }).ToListAsync())
            .GroupBy(m => m.InventoryItemId).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        var items = await db.InventoryItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        var shortages = deltas.Where(d => balances.GetValueOrDefault(d.ItemId) + d.Delta < 0)
            .Select(d => StockLedger.Shortfall(items[d.ItemId], -d.Delta, balances.GetValueOrDefault(d.ItemId)).Message).ToList();
        if (shortages.Count > 0) throw new DomainException(string.Join(" ", shortages), "Quantity");
        foreach (var (itemId, delta) in deltas)
            posted.Stock.Add(await stock.StageAsync(db, actor, itemId, StockMovementType.ProductionUse, delta, reason, ProductionBatch.ReferenceType, reference));

        var goodsWanted = removing ? [] : new Dictionary<Grade, int> { [Grade.Regular] = batch.ActualPackets, [Grade.Reject] = batch.Rejects };
        var goodsAlready = (await db.FinishedGoodsMovements.Where(m => m.ReferenceType == ProductionBatch.ReferenceType && m.ReferenceId == reference)
                .Select(m => new { m.Grade, m.Quantity }).ToListAsync())
            .GroupBy(m => m.Grade).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        foreach (var grade in new[] { Grade.Regular, Grade.Reject })
        {
            var delta = goodsWanted.GetValueOrDefault(grade) - goodsAlready.GetValueOrDefault(grade);
            if (delta != 0)
                posted.Goods.Add(await goods.StageAsync(db, actor, batch.ProductId, grade, FinishedGoodsMovementType.Production, delta, date, reason,
                    ProductionBatch.ReferenceType, reference));
        }
    }

    /// <summary>The day, created when missing, with its version bumped; refused when it is locked for this actor.</summary>
    private async Task<ProductionDay> DayForWriteAsync(ChesantoDbContext db, Actor actor, DateOnly date)
    {
        var day = await db.ProductionDays.SingleOrDefaultAsync(d => d.Date == date);
        if (!actor.Can(Permissions.EditClosedBooks))
        {
            var today = clock.Today;
            if (day is { IsClosed: true })
                throw new DomainException($"{Shown(date)} is closed; only a superadmin can change it.", "Day");
            if (date < today) throw new DomainException($"{Shown(date)} is past; only a superadmin can change it.", "Day");
            if (date > today) throw new DomainException("Production is recorded on the day it happens.", "Day");
            if (TimeOnly.FromDateTime(clock.Now.DateTime) >= ClosingTime)
                throw new DomainException($"The books close at {ClosingTime:HH\\:mm}; only a superadmin can change today's production now.", "Day");
        }
        if (day is null)
        {
            day = new ProductionDay { Date = date, Version = Guid.NewGuid() };
            db.ProductionDays.Add(day);
            await db.SaveChangesAsync();
        }
        day.Version = Guid.NewGuid();
        return day;
    }

    private static async Task<Mix> LoadMixAsync(ChesantoDbContext db, int mixId) =>
        await db.Mixes.AsNoTracking().Include(m => m.Product).Include(m => m.Lines).ThenInclude(l => l.InventoryItem)
            .SingleOrDefaultAsync(m => m.Id == mixId)
        ?? throw new DomainException("This recipe no longer exists.", nameof(ProductionBatch.MixId));

    private static async Task<ProductionBatch> LoadBatchAsync(ChesantoDbContext db, int batchId) =>
        await db.ProductionBatches.Include(b => b.Day).Include(b => b.Product).Include(b => b.Lines)
            .SingleOrDefaultAsync(b => b.Id == batchId)
        ?? throw new DomainException("This batch no longer exists.");

    private static List<BatchLineInput> RecipeLines(Mix mix) => mix.Lines
        .Select(l => new BatchLineInput(l.InventoryItemId, decimal.Round(l.Quantity * Units.Factor(l.Unit, l.InventoryItem!.RecipeUnit), 3))).ToList();

    /// <summary>Batch lines priced now, except that an item the batch already had keeps the price it was recorded at.</summary>
    private static async Task<List<BatchIngredient>> LinesAsync(ChesantoDbContext db, IReadOnlyList<BatchLineInput> lines, IReadOnlyList<BatchIngredient> previous)
    {
        var ids = lines.Select(l => l.InventoryItemId).ToList();
        var items = await db.InventoryItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        if (items.Count != ids.Count) throw new DomainException("One of the ingredients no longer exists.", "Quantity");
        return lines.Where(l => l.Quantity > 0).Select(l => new BatchIngredient
        {
            InventoryItemId = l.InventoryItemId, Quantity = l.Quantity,
            UnitCost = previous.SingleOrDefault(p => p.InventoryItemId == l.InventoryItemId)?.UnitCost ?? UnitCost(items[l.InventoryItemId]),
        }).ToList();
    }

    /// <summary>The product's bags: "Packaging Bags (Bread)", else any packaging bag (DOMAIN §4.2 step 5).</summary>
    private static async Task<InventoryItem?> PackagingItemAsync(ChesantoDbContext db, Product product)
    {
        var packaging = await db.InventoryItems.AsNoTracking().Where(i => i.Category == InventoryCategory.Packaging && i.IsActive)
            .OrderBy(i => i.Id).ToListAsync();
        return packaging.FirstOrDefault(i => i.Name.Equals($"Packaging Bags ({product.Name})", StringComparison.OrdinalIgnoreCase))
            ?? packaging.FirstOrDefault(i => i.Name.Contains("bag", StringComparison.OrdinalIgnoreCase));
    }

    private static decimal UnitCost(InventoryItem? item) => item is null ? 0m : decimal.Round(item.CostPerRecipeUnit, 6);

    private static void ValidateOutput(int actual, int rejects, TimeOnly? start, TimeOnly? end)
    {
        if (actual < 0) throw new DomainException("Packets out cannot be less than nothing.", nameof(ProductionBatch.ActualPackets));
        if (rejects < 0) throw new DomainException("Rejects cannot be less than nothing.", nameof(ProductionBatch.Rejects));
        if (start is not null && end is not null && end < start)
            throw new DomainException("The batch cannot end before it starts.", nameof(ProductionBatch.EndTime));
    }

    private static void ValidateLines(IReadOnlyList<BatchLineInput>? lines)
    {
        if (lines is null) return;
        if (lines.Any(l => l.Quantity < 0)) throw new DomainException("A quantity cannot be less than nothing.", "Quantity");
        if (lines.Any(l => decimal.Round(l.Quantity, 3) != l.Quantity)) throw new DomainException("Quantities are kept to three decimal places.", "Quantity");
        if (lines.Select(l => l.InventoryItemId).Distinct().Count() != lines.Count) throw new DomainException("List each ingredient once.", "Quantity");
    }

    private static void RequireRejectsAllowed(Product product, int rejects)
    {
        if (rejects > 0 && product.SubProductName is null)
            throw new DomainException($"{product.Name} has no rejects grade; only Bread records rejects.", nameof(ProductionBatch.Rejects));
    }

    internal static async Task<DayCost> CostAsync(ChesantoDbContext db, DateOnly date, IReadOnlyList<ProductionBatch> batches, decimal indirect)
    {
        var prices = (await db.ProductPrices.AsNoTracking().Where(p => p.Channel == PriceChannel.Sales && p.EffectiveFrom <= date).ToListAsync())
            .GroupBy(p => p.ProductId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.EffectiveFrom)!.PricePerPacket);
        var names = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name);
        return ProductionCosting.Of(date, batches, indirect, prices, names);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    internal static string Shown(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
