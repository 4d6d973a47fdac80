using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;
using static Chesanto.Domain.Sales.SalesRules;

namespace Chesanto.Domain.Sales;

public sealed record ReturnLineInput(int ProductId, Grade Grade, PriceChannel Channel, int Returned, int Damaged = 0);
public sealed record BankingInput(BankingMethod Method, decimal Amount, string Reference);

public sealed record SettlementInput(int RecipientId, DateOnly SalesDay, IReadOnlyList<ReturnLineInput> Returns, int CratesReturned,
    IReadOnlyList<BankingInput> Bankings, bool ChargeDamaged = false, string? Note = null);

/// <summary>What a recipient took out on a day, and its settlement if there is one: what the settle form starts from.</summary>
public sealed record SettlementSheet(SalesRecipient Recipient, DateOnly SalesDay, IReadOnlyList<SettlementLine> Lines, int CratesOut,
    int CratesHeld, Settlement? Settlement, CommissionPlan? Plan);

/// <summary>
/// Evening settlement (DOMAIN §5.1, §5.4.4–5): goods back (resaleable to stock, damaged written off as product damage),
/// crates back and money banked, for everything one recipient took out on one day. Sold, sales value, per-unit
/// commission, expected banking, deficit and the salaried bonus are computed here, once, and stored. Depots settle
/// days later against the original dispatch day; what comes back feeds the day it arrives.
/// </summary>
public sealed class SettlementService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, FinishedGoodsLedger goods, CrateLedger crates, SalesAlerts alerts)
{
    public async Task<SettlementSheet> SheetAsync(int recipientId, DateOnly salesDay)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await RequireRecipientAsync(currentUser, db, recipientId);
        var recipient = await db.SalesRecipients.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recipientId)
            ?? throw new DomainException("This recipient does not exist.");
        var settlement = await db.Settlements.AsNoTracking().Include(s => s.Lines).ThenInclude(l => l.Product).Include(s => s.Bankings)
            .Where(s => s.RecipientId == recipientId && s.SalesDay == salesDay && s.ReversedAt == null).SingleOrDefaultAsync();
        var (lines, cratesOut) = await OutOnAsync(db, recipientId, salesDay);
        var held = (await CrateLedger.TotalsOfAsync(db)).OutByRoute.GetValueOrDefault(recipient.Name);
        return new SettlementSheet(recipient, salesDay, settlement?.Lines ?? lines, cratesOut, held, settlement, await PlanOnAsync(db, recipientId, salesDay));
    }

    /// <summary>The figures a settlement would store, without storing anything: the form shows them as the clerk types.</summary>
    public async Task<Settlement> PreviewAsync(SettlementInput input)
    {
        await currentUser.RequireAsync(Permissions.RecordSettlement);
        await using var db = await dbs.CreateDbContextAsync();
        return await ComputeAsync(db, input);
    }

    public async Task<Settlement> SettleAsync(SettlementInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.RecordSettlement);
        var (settlement, changes) = await dbs.InTransactionAsync(async db =>
        {
            var recipient = await LockRecipientAsync(db, input.RecipientId);
            if (await IsSettledAsync(db, recipient.Id, input.SalesDay))
                throw new DomainException($"{recipient.Name}'s {Shown(input.SalesDay)} is already settled.", nameof(SettlementInput.SalesDay));
            var settlement = await ComputeAsync(db, input);
            settlement.RecordedAt = clock.UtcNow;
            settlement.RecordedById = actor.UserId;
            settlement.RecordedByName = actor.Name;
            settlement.Version = Guid.NewGuid();
            await RefuseUsedCodesAsync(db, settlement.Bankings);
            foreach (var line in settlement.Lines) line.Product = null; // read untracked: EF would insert it again
            db.Settlements.Add(settlement);
            await db.SaveChangesAsync();

            var reference = settlement.Id.ToString();
            var reason = $"Returns from {recipient.Name} for {Shown(input.SalesDay)}";
            var changed = new List<FinishedGoodsChanged>();
            foreach (var line in settlement.Lines)
            {
                if (line.Returned + line.Damaged > 0)
                    changed.Add(await goods.StageAsync(db, actor, line.ProductId, line.Grade, FinishedGoodsMovementType.Return,
                        line.Returned + line.Damaged, settlement.ArrivedOn, reason, Settlement.ReferenceType, reference));
                if (line.Damaged > 0)
                    changed.Add(await goods.StageAsync(db, actor, line.ProductId, line.Grade, FinishedGoodsMovementType.Damage, -line.Damaged,
                        settlement.ArrivedOn, $"Damaged in the field ({recipient.Name})", Settlement.ReferenceType, reference));
            }
            if (settlement.CratesReturned > 0)
                await crates.StageAsync(db, actor, new CrateInput(CrateMovementType.ReturnIn, settlement.CratesReturned, reason,
                    Route: recipient.Name, ReferenceType: Settlement.ReferenceType, ReferenceId: reference));
            return (settlement, changed);
        });
        await PublishAsync(settlement, changes, settlement.CratesReturned > 0);
        await alerts.AfterSettlementAsync(settlement.Id);
        return settlement;
    }

    /// <summary>
    /// Undoes a settlement so the day can be settled again (DOMAIN §5.2: never edited once settled): its returns and
    /// crates are reversed in the ledgers and its banking codes freed.
    /// </summary>
    public async Task ReverseAsync(int settlementId, string reason, Guid version)
    {
        var actor = await currentUser.RequireAsync(Permissions.EditPastSales);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the settlement is reversed.", nameof(Settlement.ReversalReason));
        var (settlement, changes) = await dbs.InTransactionAsync(async db =>
        {
            var settlement = await db.Settlements.Include(s => s.Bankings).Include(s => s.Recipient).SingleOrDefaultAsync(s => s.Id == settlementId)
                ?? throw new DomainException("This settlement does not exist.");
            if (settlement.Version != version) throw new ConcurrencyConflictException();
            if (settlement.IsReversed) throw new DomainException("This settlement is already reversed.");
            await LockRecipientAsync(db, settlement.RecipientId);
            settlement.ReversedAt = clock.UtcNow;
            settlement.ReversedByName = actor.Name;
            settlement.ReversalReason = reason.Trim();
            settlement.Version = Guid.NewGuid();
            foreach (var banking in settlement.Bankings) banking.ActiveReference = null;

            var reference = settlement.Id.ToString();
            var why = $"Settlement reversed: {reason.Trim()}";
            var changed = new List<FinishedGoodsChanged>();
            var movements = await db.FinishedGoodsMovements.AsNoTracking()
                .Where(m => m.ReferenceType == Settlement.ReferenceType && m.ReferenceId == reference && m.ReversesMovementId == null)
                .OrderByDescending(m => m.Id).ToListAsync();
            foreach (var m in movements)
                changed.Add(await goods.StageAsync(db, actor, m.ProductId, m.Grade, FinishedGoodsMovementType.Reversal, -m.Quantity,
                    m.BusinessDay, why, Settlement.ReferenceType, reference, reverses: m.Id));
            if (settlement.CratesReturned > 0)
                await crates.StageAsync(db, actor, new CrateInput(CrateMovementType.DispatchOut, settlement.CratesReturned, why,
                    Route: settlement.Recipient!.Name, ReferenceType: Settlement.ReferenceType, ReferenceId: reference));
            return (settlement, changed);
        });
        await PublishAsync(settlement, changes, settlement.CratesReturned > 0);
    }

    /// <summary>Validates the input against what went out and prices it with the day's rates; nothing is saved.</summary>
    private async Task<Settlement> ComputeAsync(ChesantoDbContext db, SettlementInput input)
    {
        if (input.SalesDay > clock.Today) throw new DomainException("A day is settled once its goods have gone out.", nameof(SettlementInput.SalesDay));
        var recipient = await db.SalesRecipients.AsNoTracking().SingleOrDefaultAsync(r => r.Id == input.RecipientId)
            ?? throw new DomainException("Choose who is settling.", nameof(SettlementInput.RecipientId));
        var (lines, cratesOut) = await OutOnAsync(db, recipient.Id, input.SalesDay);
        var plan = await PlanOnAsync(db, recipient.Id, input.SalesDay);
        foreach (var r in input.Returns)
        {
            var line = lines.SingleOrDefault(l => l.ProductId == r.ProductId && l.Grade == r.Grade && l.Channel == r.Channel);
            if (r.Returned < 0 || r.Damaged < 0) throw new DomainException("Returns cannot be below zero.", nameof(SettlementInput.Returns));
            if (line is null)
            {
                if (r.Returned + r.Damaged == 0) continue;
                throw new DomainException($"Nothing of that product went out to {recipient.Name} on {Shown(input.SalesDay)}.", nameof(SettlementInput.Returns));
            }
            if (r.Returned + r.Damaged > line.Dispatched)
                throw new DomainException($"{line.Dispatched:#,0} {line.Product?.Name} went out; {r.Returned + r.Damaged:#,0} cannot come back.",
                    nameof(SettlementInput.Returns));
            line.Returned = r.Returned;
            line.Damaged = r.Damaged;
        }
        foreach (var line in lines) line.CommissionPerUnit = plan?.RateFor(line.ProductId) ?? 0m;

        if (input.CratesReturned < 0) throw new DomainException("Crates cannot be below zero.", nameof(SettlementInput.CratesReturned));
        var held = (await CrateLedger.TotalsOfAsync(db)).OutByRoute.GetValueOrDefault(recipient.Name);
        if (input.CratesReturned > held)
            throw new DomainException($"{recipient.Name} has {held} crates out, not {input.CratesReturned}.", nameof(SettlementInput.CratesReturned));
        var bankings = Bankings(input.Bankings);
        if (input.Note is { Length: > 500 }) throw new DomainException("Keep the note under 500 characters.", nameof(SettlementInput.Note));

        var sales = lines.Sum(l => l.SalesValue);
        var commission = lines.Sum(l => l.Commission);
        var damagedCharged = input.ChargeDamaged ? lines.Sum(l => l.Damaged * l.UnitPrice) : 0m;
        var expected = sales - commission + damagedCharged;
        var banked = bankings.Sum(b => b.Amount);
        return new Settlement
        {
            RecipientId = recipient.Id, SalesDay = input.SalesDay, ArrivedOn = clock.Today, CratesOut = cratesOut, CratesReturned = input.CratesReturned,
            ChargeDamaged = input.ChargeDamaged, SalesValue = sales, Commission = commission, DamagedCharged = damagedCharged,
            ExpectedBanking = expected, Banked = banked, Deficit = expected - banked, DailyTarget = plan?.DailyTarget,
            BonusPercent = plan?.BonusPercent ?? 0m, Bonus = plan?.BonusOn(sales - commission) ?? 0m,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), Lines = lines, Bankings = bankings,
        };
    }

    private static List<Banking> Bankings(IReadOnlyList<BankingInput> input)
    {
        var bankings = new List<Banking>();
        foreach (var b in input)
        {
            if (b.Amount <= 0) throw new DomainException("A banking is an amount above zero.", nameof(SettlementInput.Bankings));
            if (decimal.Round(b.Amount, 2) != b.Amount) throw new DomainException("Bank whole cents only.", nameof(SettlementInput.Bankings));
            var code = (b.Reference ?? "").Trim().ToUpperInvariant();
            if (code.Length == 0) throw new DomainException("Every banking needs its transaction code.", nameof(SettlementInput.Bankings));
            if (code.Length > 50) throw new DomainException("A transaction code is at most 50 characters.", nameof(SettlementInput.Bankings));
            if (bankings.Any(x => x.Method == b.Method && x.Reference == code))
                throw new DomainException($"{code} is entered twice.", nameof(SettlementInput.Bankings));
            bankings.Add(new Banking { Method = b.Method, Amount = b.Amount, Reference = code, ActiveReference = code });
        }
        return bankings;
    }

    private static async Task RefuseUsedCodesAsync(ChesantoDbContext db, IReadOnlyList<Banking> bankings)
    {
        foreach (var b in bankings)
        {
            var used = await db.Bankings.AsNoTracking().Where(x => x.Method == b.Method && x.ActiveReference == b.Reference)
                .Join(db.Settlements, x => x.SettlementId, s => s.Id, (x, s) => new { s.SalesDay, s.Recipient!.Name }).FirstOrDefaultAsync();
            if (used is not null)
                throw new DomainException($"{Label(b.Method)} code {b.Reference} was already banked ({used.Name}, {Shown(used.SalesDay)}).",
                    nameof(SettlementInput.Bankings));
        }
    }

    private static string Label(BankingMethod method) => method == BankingMethod.Mpesa ? "M-Pesa" : method.ToString();

    /// <summary>What went out to a recipient on a day, one line per product, grade and price channel, and the crates.</summary>
    internal static async Task<(List<SettlementLine> Lines, int Crates)> OutOnAsync(ChesantoDbContext db, int recipientId, DateOnly day)
    {
        var dispatches = await db.Dispatches.AsNoTracking().Include(d => d.Lines).ThenInclude(l => l.Product)
            .Where(d => d.RecipientId == recipientId && d.Day == day && d.CancelledAt == null).OrderBy(d => d.Id).ToListAsync();
        var lines = dispatches.SelectMany(d => d.Lines.Select(l => (Line: l, Channel: ChannelOf(l.Grade, d.Channel))))
            .GroupBy(x => (x.Line.ProductId, x.Line.Grade, x.Channel))
            .Select(g => new SettlementLine
            {
                ProductId = g.Key.ProductId, Grade = g.Key.Grade, Channel = g.Key.Channel, Product = g.First().Line.Product,
                Dispatched = g.Sum(x => x.Line.Quantity), UnitPrice = g.Last().Line.UnitPrice,
            })
            .OrderBy(l => l.ProductId).ThenBy(l => l.Grade).ThenBy(l => l.Channel).ToList();
        return (lines, dispatches.Sum(d => d.Crates));
    }

    private async Task PublishAsync(Settlement settlement, IReadOnlyList<FinishedGoodsChanged> goodsChanged, bool cratesMoved)
    {
        foreach (var change in goodsChanged) await events.PublishAsync(change);
        if (cratesMoved)
        {
            await using var db = await dbs.CreateDbContextAsync();
            await events.PublishAsync(new CratesChanged(await CrateLedger.TotalsOfAsync(db)));
        }
        await events.PublishAsync(new SalesChanged(settlement.RecipientId, settlement.SalesDay));
    }
}
