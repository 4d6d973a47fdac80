using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;
using static Chesanto.Domain.Sales.SalesRules;

namespace Chesanto.Domain.Sales;

public enum BoardStatus { NothingOut, Out, Settled }

/// <summary>One recipient on the dispatch board: what went out today, and how (or whether) it came back.</summary>
public sealed record BoardRow(int RecipientId, string Recipient, RecipientKind Kind, bool SettlesLate, int Dispatches,
    IReadOnlyDictionary<int, int> OutByProduct, int CratesOut, decimal Value, BoardStatus Status, Settlement? Settlement,
    IReadOnlyList<DateOnly> UnsettledEarlierDays);

public sealed record BoardProduct(int Id, string Name);

public sealed record DispatchBoard(DateOnly Day, IReadOnlyList<BoardProduct> Products, IReadOnlyList<BoardRow> Rows,
    IReadOnlyDictionary<int, int> InStore)
{
    public int OutTotal(int productId) => Rows.Sum(r => r.OutByProduct.GetValueOrDefault(productId));
    public decimal ValueOut => Rows.Sum(r => r.Value);
    public decimal Banked => Rows.Sum(r => r.Settlement?.Banked ?? 0m);
    public decimal Deficit => Rows.Sum(r => r.Settlement?.Deficit ?? 0m);
    public int NotSettled => Rows.Count(r => r.Status == BoardStatus.Out);
}

/// <summary>A line of a recipient's running account: goods out are owed, returns, commission and banking pay it down.</summary>
public sealed record AccountEntry(DateOnly Day, string What, decimal Owed, decimal Paid, decimal Balance, int? DispatchId, int? SettlementId);

public sealed record RecipientAccount(int RecipientId, string Recipient, DateOnly From, DateOnly To, decimal Opening,
    IReadOnlyList<AccountEntry> Entries)
{
    public decimal Closing => Entries.Count == 0 ? Opening : Entries[^1].Balance;
}

public sealed record CommissionDay(DateOnly Day, IReadOnlyDictionary<int, int> SoldByProduct, decimal Sales, decimal Commission,
    decimal Expected, decimal Banked, decimal Deficit, decimal? Target, decimal Bonus);

/// <summary>A recipient's month: per-unit commission (already deducted before banking) and the daily bonus (paid via payroll).</summary>
public sealed record CommissionStatement(int RecipientId, string Recipient, RecipientKind Kind, DateOnly Month,
    IReadOnlyList<BoardProduct> Products, IReadOnlyList<CommissionDay> Days)
{
    public decimal Sales => Days.Sum(d => d.Sales);
    public decimal Commission => Days.Sum(d => d.Commission);
    public decimal Bonus => Days.Sum(d => d.Bonus);
    public decimal Expected => Days.Sum(d => d.Expected);
    public decimal Banked => Days.Sum(d => d.Banked);
    public decimal Deficit => Days.Sum(d => d.Deficit);
    public int Sold(int productId) => Days.Sum(d => d.SoldByProduct.GetValueOrDefault(productId));
}

/// <summary>Read models over dispatches and settlements: the live board, running accounts, commission statements.</summary>
public sealed class SalesQueries(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock)
{
    /// <summary>How far back the board looks for days a recipient has not settled yet.</summary>
    public const int LookBackDays = 30;

    public async Task<DispatchBoard> BoardAsync(DateOnly? day = null)
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        var date = day ?? clock.Today;
        await using var db = await dbs.CreateDbContextAsync();
        var products = await ProductsAsync(db);
        var since = date.AddDays(-LookBackDays);
        var dispatches = await db.Dispatches.AsNoTracking().Include(d => d.Lines)
            .Where(d => d.Day >= since && d.Day <= date && d.CancelledAt == null).ToListAsync();
        var settlements = await db.Settlements.AsNoTracking().Include(s => s.Lines).Include(s => s.Bankings)
            .Where(s => s.SalesDay >= since && s.SalesDay <= date && s.ReversedAt == null).ToListAsync();
        var today = dispatches.Where(d => d.Day == date).ToList();
        var recipients = await db.SalesRecipients.AsNoTracking().OrderBy(r => r.Name).ToListAsync();
        var rows = recipients.Where(r => r.IsActive || today.Any(d => d.RecipientId == r.Id)).Select(r =>
        {
            var mine = today.Where(d => d.RecipientId == r.Id).ToList();
            var settled = settlements.SingleOrDefault(s => s.RecipientId == r.Id && s.SalesDay == date);
            var unsettled = dispatches.Where(d => d.RecipientId == r.Id && d.Day < date).Select(d => d.Day).Distinct()
                .Where(d => !settlements.Any(s => s.RecipientId == r.Id && s.SalesDay == d)).Order().ToList();
            var status = settled is not null ? BoardStatus.Settled : mine.Count > 0 ? BoardStatus.Out : BoardStatus.NothingOut;
            return new BoardRow(r.Id, r.Name, r.Kind, r.SettlesLate, mine.Count,
                mine.SelectMany(d => d.Lines).GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity)),
                mine.Sum(d => d.Crates), mine.Sum(d => d.Value), status, settled, unsettled);
        }).ToList();
        var store = (await FinishedGoodsLedger.AvailableOfAsync(db)).Where(a => a.Key.Grade == Grade.Regular)
            .ToDictionary(a => a.Key.ProductId, a => a.Value);
        return new DispatchBoard(date, products, rows, store);
    }

    /// <summary>
    /// The recipient's running account between two days: what they owe is carried across days (dispatched value −
    /// returns − commission − banked), so a shortage stays owed until it is paid or recovered.
    /// </summary>
    public async Task<RecipientAccount> AccountAsync(int recipientId, DateOnly from, DateOnly to)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await RequireRecipientAsync(currentUser, db, recipientId);
        var recipient = await db.SalesRecipients.AsNoTracking().SingleAsync(r => r.Id == recipientId);
        var dispatches = await db.Dispatches.AsNoTracking().Include(d => d.Lines)
            .Where(d => d.RecipientId == recipientId && d.Day <= to && d.CancelledAt == null).ToListAsync();
        var settlements = await db.Settlements.AsNoTracking().Include(s => s.Lines)
            .Where(s => s.RecipientId == recipientId && s.ArrivedOn <= to && s.ReversedAt == null).ToListAsync();

        var movements = dispatches.Select(d => (Day: d.Day, Order: d.Id, Entry: new AccountEntry(d.Day,
                $"Goods out ({d.Channel}{(d.Crates > 0 ? $", {d.Crates} crates" : "")})", d.Value, 0m, 0m, d.Id, null)))
            .Concat(settlements.SelectMany(s => SettlementEntries(s).Select(e => (Day: s.ArrivedOn, Order: int.MaxValue / 2 + s.Id, Entry: e))))
            .OrderBy(m => m.Day).ThenBy(m => m.Order).ToList();
        var opening = movements.Where(m => m.Day < from).Sum(m => m.Entry.Owed - m.Entry.Paid);
        var balance = opening;
        var entries = new List<AccountEntry>();
        foreach (var (_, _, entry) in movements.Where(m => m.Day >= from))
        {
            balance += entry.Owed - entry.Paid;
            entries.Add(entry with { Balance = balance });
        }
        return new RecipientAccount(recipientId, recipient.Name, from, to, opening, entries);
    }

    public async Task<CommissionStatement> CommissionAsync(int recipientId, DateOnly month)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await RequireRecipientAsync(currentUser, db, recipientId);
        var recipient = await db.SalesRecipients.AsNoTracking().SingleAsync(r => r.Id == recipientId);
        return (await StatementsAsync(db, month, recipientId)).SingleOrDefault()
            ?? new CommissionStatement(recipient.Id, recipient.Name, recipient.Kind, FirstOf(month), await ProductsAsync(db), []);
    }

    /// <summary>Every recipient with a settled day in the month (the month's commission sheet).</summary>
    public async Task<IReadOnlyList<CommissionStatement>> MonthCommissionsAsync(DateOnly month)
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        return await StatementsAsync(db, month, null);
    }

    /// <summary>The recipient the signed-in salesman's login is linked to, or null.</summary>
    public async Task<SalesRecipient?> MineAsync()
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewOwnSales);
        if (actor.UserId is null) return null;
        await using var db = await dbs.CreateDbContextAsync();
        return await db.SalesRecipients.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == actor.UserId);
    }

    /// <summary>A recipient's dispatches between two days (the salesman's own list, or any for back-office staff).</summary>
    public async Task<IReadOnlyList<Dispatch>> DispatchesAsync(int recipientId, DateOnly from, DateOnly to)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await RequireRecipientAsync(currentUser, db, recipientId);
        return await db.Dispatches.AsNoTracking().Include(d => d.Lines).ThenInclude(l => l.Product)
            .Where(d => d.RecipientId == recipientId && d.Day >= from && d.Day <= to).OrderByDescending(d => d.Id).ToListAsync();
    }

    /// <summary>A recipient's standing settlements between two sales days, newest first.</summary>
    public async Task<IReadOnlyList<Settlement>> SettlementsAsync(int recipientId, DateOnly from, DateOnly to)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await RequireRecipientAsync(currentUser, db, recipientId);
        return await db.Settlements.AsNoTracking().Include(s => s.Lines).ThenInclude(l => l.Product).Include(s => s.Bankings)
            .Where(s => s.RecipientId == recipientId && s.SalesDay >= from && s.SalesDay <= to && s.ReversedAt == null)
            .OrderByDescending(s => s.Id).ToListAsync();
    }

    private static IEnumerable<AccountEntry> SettlementEntries(Settlement s)
    {
        var day = s.ArrivedOn;
        var back = s.Lines.Sum(l => l.Returned * l.UnitPrice) + (s.ChargeDamaged ? 0m : s.Lines.Sum(l => l.Damaged * l.UnitPrice));
        var forDay = $"for {Shown(s.SalesDay)}";
        if (back != 0) yield return new AccountEntry(day, $"Goods back {forDay}", 0m, back, 0m, null, s.Id);
        if (s.Commission != 0) yield return new AccountEntry(day, $"Commission {forDay}", 0m, s.Commission, 0m, null, s.Id);
        if (s.Banked != 0) yield return new AccountEntry(day, $"Banked {forDay}", 0m, s.Banked, 0m, null, s.Id);
    }

    private static async Task<IReadOnlyList<CommissionStatement>> StatementsAsync(ChesantoDbContext db, DateOnly month, int? recipientId)
    {
        var first = FirstOf(month);
        var last = first.AddMonths(1).AddDays(-1);
        var products = await ProductsAsync(db);
        var settlements = await db.Settlements.AsNoTracking().Include(s => s.Lines).Include(s => s.Recipient)
            .Where(s => s.SalesDay >= first && s.SalesDay <= last && s.ReversedAt == null && (recipientId == null || s.RecipientId == recipientId))
            .ToListAsync();
        return settlements.GroupBy(s => s.RecipientId).Select(g => g.First().Recipient!).OrderBy(r => r.Name)
            .Select(r => new CommissionStatement(r.Id, r.Name, r.Kind, first, products, settlements.Where(s => s.RecipientId == r.Id)
                .OrderBy(s => s.SalesDay).Select(s => new CommissionDay(s.SalesDay,
                    s.Lines.GroupBy(l => l.ProductId).ToDictionary(l => l.Key, l => l.Sum(x => x.Sold)), s.SalesValue, s.Commission,
                    s.ExpectedBanking, s.Banked, s.Deficit, s.DailyTarget, s.Bonus)).ToList()))
            .ToList();
    }

    private static DateOnly FirstOf(DateOnly month) => new(month.Year, month.Month, 1);

    internal static async Task<IReadOnlyList<BoardProduct>> ProductsAsync(ChesantoDbContext db) =>
        await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => new BoardProduct(p.Id, p.Name)).ToListAsync();
}
