using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;
using static Chesanto.Domain.Sales.SalesRules;

namespace Chesanto.Domain.Sales;

public sealed record DispatchLineInput(int ProductId, Grade Grade, int Quantity);

/// <summary>What goes out: <see cref="Channel"/> null means the recipient's default price list.</summary>
public sealed record DispatchInput(int RecipientId, IReadOnlyList<DispatchLineInput> Lines, int Crates, PriceChannel? Channel = null, string? Note = null);

/// <summary>
/// Morning dispatch (DOMAIN §5.1, §5.4): goods and crates out to a recipient, checked against the finished goods and
/// crates in the store now. Each command is one transaction that posts, to the finished-goods and crate ledgers, only
/// the difference between what the dispatch should have moved and what it already moved; so creating, editing and
/// cancelling share one path and a dispatch can never be counted twice (P1).
/// </summary>
public sealed class DispatchService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, FinishedGoodsLedger goods, CrateLedger crates)
{
    public async Task<IReadOnlyList<Dispatch>> DayAsync(DateOnly day)
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Dispatches.AsNoTracking().Include(d => d.Recipient).Include(d => d.Lines).ThenInclude(l => l.Product)
            .Where(d => d.Day == day).OrderBy(d => d.Id).ToListAsync();
    }

    /// <summary>The active recipients, by name, for the dispatch and settle forms.</summary>
    public async Task<IReadOnlyList<SalesRecipient>> RecipientsAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.SalesRecipients.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Name).ToListAsync();
    }

    /// <summary>The active products a dispatch can carry (the clerk cannot open the catalog).</summary>
    public async Task<IReadOnlyList<Product>> ProductsAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).ToListAsync();
    }

    /// <summary>Packets in the store now per (product, grade), shown next to the dispatch fields.</summary>
    public async Task<IReadOnlyDictionary<(int ProductId, Grade Grade), int>> AvailableAsync()
    {
        await currentUser.RequireAsync(Permissions.RecordDispatch);
        await using var db = await dbs.CreateDbContextAsync();
        return await FinishedGoodsLedger.AvailableOfAsync(db);
    }

    public async Task<Dispatch> GetAsync(int dispatchId)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var dispatch = await db.Dispatches.AsNoTracking().Include(d => d.Recipient).Include(d => d.Lines).ThenInclude(l => l.Product)
            .SingleOrDefaultAsync(d => d.Id == dispatchId) ?? throw new DomainException("This dispatch does not exist.");
        await RequireRecipientAsync(currentUser, db, dispatch.RecipientId);
        return dispatch;
    }

    /// <summary>Sends goods and crates out today. A second dispatch to the same recipient the same day is a top-up.</summary>
    public async Task<Dispatch> DispatchAsync(DispatchInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.RecordDispatch);
        var lines = Validate(input);
        var (dispatch, changes) = await dbs.InTransactionAsync(async db =>
        {
            var day = clock.Today;
            await RequireOpenDayAsync(db, actor, clock, day);
            var recipient = await LockRecipientAsync(db, input.RecipientId);
            if (!recipient.IsActive) throw new DomainException($"{recipient.Name} is no longer active.", nameof(DispatchInput.RecipientId));
            await RefuseSettledAsync(db, recipient, day);
            var dispatch = new Dispatch
            {
                RecipientId = recipient.Id, Day = day, Channel = input.Channel ?? recipient.DefaultChannel, Crates = input.Crates,
                Note = Trimmed(input.Note), DispatchedAt = clock.UtcNow, DispatchedById = actor.UserId, DispatchedByName = actor.Name,
                Version = Guid.NewGuid(), Lines = await PricedAsync(db, lines, input.Channel ?? recipient.DefaultChannel, day),
            };
            db.Dispatches.Add(dispatch);
            await db.SaveChangesAsync();
            return (dispatch, await PostAsync(db, actor, dispatch, recipient.Name, previousCrates: 0));
        });
        await PublishAsync(dispatch, changes);
        return dispatch;
    }

    /// <summary>Changes the goods, crates, channel or note of a dispatch (never its recipient or day), posting the differences.</summary>
    public async Task<Dispatch> EditAsync(int dispatchId, DispatchInput input, Guid version)
    {
        var actor = await currentUser.RequireAsync(Permissions.RecordDispatch);
        var lines = Validate(input);
        var (dispatch, changes) = await dbs.InTransactionAsync(async db =>
        {
            var dispatch = await ForChangeAsync(db, actor, dispatchId, version);
            if (dispatch.RecipientId != input.RecipientId)
                throw new DomainException("A dispatch keeps its recipient; cancel it and dispatch to the right one.", nameof(DispatchInput.RecipientId));
            var previousCrates = dispatch.Crates;
            db.DispatchLines.RemoveRange(dispatch.Lines);
            dispatch.Channel = input.Channel ?? dispatch.Channel;
            dispatch.Lines = await PricedAsync(db, lines, dispatch.Channel, dispatch.Day);
            dispatch.Crates = input.Crates;
            dispatch.Note = Trimmed(input.Note);
            dispatch.Version = Guid.NewGuid();
            await db.SaveChangesAsync();
            return (dispatch, await PostAsync(db, actor, dispatch, dispatch.Recipient!.Name, previousCrates));
        });
        await PublishAsync(dispatch, changes);
        return dispatch;
    }

    /// <summary>Cancels a dispatch: the goods and crates go back to the store; the dispatch stays, marked, for the record.</summary>
    public async Task CancelAsync(int dispatchId, string reason, Guid version)
    {
        var actor = await currentUser.RequireAsync(Permissions.RecordDispatch);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the dispatch is cancelled.", nameof(Dispatch.CancelReason));
        var (dispatch, changes) = await dbs.InTransactionAsync(async db =>
        {
            var dispatch = await ForChangeAsync(db, actor, dispatchId, version);
            var previousCrates = dispatch.Crates;
            dispatch.CancelledAt = clock.UtcNow;
            dispatch.CancelledByName = actor.Name;
            dispatch.CancelReason = reason.Trim();
            dispatch.Version = Guid.NewGuid();
            await db.SaveChangesAsync();
            return (dispatch, await PostAsync(db, actor, dispatch, dispatch.Recipient!.Name, previousCrates));
        });
        await PublishAsync(dispatch, changes);
    }

    private async Task<Dispatch> ForChangeAsync(ChesantoDbContext db, Actor actor, int dispatchId, Guid version)
    {
        var dispatch = await db.Dispatches.Include(d => d.Lines).Include(d => d.Recipient).SingleOrDefaultAsync(d => d.Id == dispatchId)
            ?? throw new DomainException("This dispatch does not exist.");
        if (dispatch.Version != version) throw new ConcurrencyConflictException();
        if (dispatch.IsCancelled) throw new DomainException("This dispatch was cancelled.");
        await RequireOpenDayAsync(db, actor, clock, dispatch.Day);
        await LockRecipientAsync(db, dispatch.RecipientId);
        await RefuseSettledAsync(db, dispatch.Recipient!, dispatch.Day);
        return dispatch;
    }

    private static async Task RefuseSettledAsync(ChesantoDbContext db, SalesRecipient recipient, DateOnly day)
    {
        if (await IsSettledAsync(db, recipient.Id, day))
            throw new DomainException($"{recipient.Name}'s {Shown(day)} is already settled; reverse the settlement to change its dispatches.", "Day");
    }

    /// <summary>
    /// Moves goods by the difference between what the dispatch should have taken out (nothing once cancelled) and what
    /// its ledger rows already took, and crates by the difference in the crate count.
    /// </summary>
    private async Task<Changes> PostAsync(ChesantoDbContext db, Actor actor, Dispatch dispatch, string route, int previousCrates)
    {
        var reference = dispatch.Id.ToString();
        var wanted = dispatch.IsCancelled ? [] : dispatch.Lines.ToDictionary(l => (l.ProductId, l.Grade), l => -l.Quantity);
        var already = (await db.FinishedGoodsMovements.Where(m => m.ReferenceType == Dispatch.ReferenceType && m.ReferenceId == reference)
                .Select(m => new { m.ProductId, m.Grade, m.Quantity }).ToListAsync())
            .GroupBy(m => (m.ProductId, m.Grade)).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        var reason = dispatch.IsCancelled ? $"Dispatch to {route} cancelled" : $"Dispatch to {route}";
        var goodsChanged = new List<FinishedGoodsChanged>();
        foreach (var key in wanted.Keys.Union(already.Keys).OrderBy(k => k))
        {
            var delta = wanted.GetValueOrDefault(key) - already.GetValueOrDefault(key);
            if (delta != 0)
                goodsChanged.Add(await goods.StageAsync(db, actor, key.ProductId, key.Grade, FinishedGoodsMovementType.Dispatch, delta,
                    dispatch.Day, reason, Dispatch.ReferenceType, reference));
        }
        var crateDelta = (dispatch.IsCancelled ? 0 : dispatch.Crates) - previousCrates;
        if (crateDelta != 0)
            await crates.StageAsync(db, actor, new CrateInput(crateDelta > 0 ? CrateMovementType.DispatchOut : CrateMovementType.ReturnIn,
                Math.Abs(crateDelta), reason, Route: route, ReferenceType: Dispatch.ReferenceType, ReferenceId: reference));
        return new Changes(goodsChanged, crateDelta != 0);
    }

    private static async Task<List<DispatchLine>> PricedAsync(ChesantoDbContext db, IReadOnlyList<DispatchLineInput> lines, PriceChannel channel, DateOnly day)
    {
        var ids = lines.Select(l => l.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var prices = await db.ProductPrices.AsNoTracking().Where(p => ids.Contains(p.ProductId) && p.EffectiveFrom <= day).ToListAsync();
        return lines.Select(l =>
        {
            if (!products.TryGetValue(l.ProductId, out var product) || !product.IsActive)
                throw new DomainException("This product is not sold any more.", nameof(DispatchInput.Lines));
            if (l.Grade == Grade.Reject && product.SubProductName is null)
                throw new DomainException($"{product.Name} has no rejects.", nameof(DispatchInput.Lines));
            var lineChannel = ChannelOf(l.Grade, channel);
            var price = prices.Where(p => p.ProductId == l.ProductId && p.Channel == lineChannel).MaxBy(p => p.EffectiveFrom)
                ?? throw new DomainException($"{product.Name} has no {lineChannel} price on {Shown(day)}; set one on the price board first.",
                    nameof(DispatchInput.Lines));
            return new DispatchLine { ProductId = l.ProductId, Grade = l.Grade, Quantity = l.Quantity, UnitPrice = price.PricePerPacket };
        }).ToList();
    }

    private static IReadOnlyList<DispatchLineInput> Validate(DispatchInput input)
    {
        if (input.Lines.Any(l => l.Quantity < 0))
            throw new DomainException("Quantities cannot be below zero.", nameof(DispatchInput.Lines));
        if (input.Lines.GroupBy(l => (l.ProductId, l.Grade)).Any(g => g.Count() > 1))
            throw new DomainException("Each product appears once per dispatch.", nameof(DispatchInput.Lines));
        var lines = input.Lines.Where(l => l.Quantity > 0).ToList();
        if (lines.Count == 0) throw new DomainException("Enter how many packets go out.", nameof(DispatchInput.Lines));
        if (input.Crates < 0) throw new DomainException("Crates cannot be below zero.", nameof(DispatchInput.Crates));
        if (input.Note is { Length: > 500 }) throw new DomainException("Keep the note under 500 characters.", nameof(DispatchInput.Note));
        return lines;
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task PublishAsync(Dispatch dispatch, Changes changes)
    {
        foreach (var change in changes.Goods) await events.PublishAsync(change);
        if (changes.Crates)
        {
            await using var db = await dbs.CreateDbContextAsync();
            await events.PublishAsync(new CratesChanged(await CrateLedger.TotalsOfAsync(db)));
        }
        await events.PublishAsync(new SalesChanged(dispatch.RecipientId, dispatch.Day));
    }

    private sealed record Changes(IReadOnlyList<FinishedGoodsChanged> Goods, bool Crates);
}
