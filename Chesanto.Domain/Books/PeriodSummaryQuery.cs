using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Books;

/// <summary>Builds a <see cref="PeriodSummary"/> from batches, dispatches and settlements: the base of reports, analytics and the P&amp;L's product summary.</summary>
public sealed class PeriodSummaryQuery(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    /// <summary>A year and a day at most, so one request cannot pull the whole history.</summary>
    public const int MaxDays = 367;

    public async Task<PeriodSummary> SummaryAsync(DateOnly from, DateOnly to)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        RequireRange(from, to);
        await using var db = await dbs.CreateDbContextAsync();
        return await BuildAsync(db, from, to);
    }

    internal static void RequireRange(DateOnly from, DateOnly to)
    {
        if (to < from) throw new DomainException("The end date is before the start date.", "to");
        if (to.DayNumber - from.DayNumber + 1 > MaxDays) throw new DomainException($"Choose at most {MaxDays} days.", "to");
    }

    internal static async Task<PeriodSummary> BuildAsync(ChesantoDbContext db, DateOnly from, DateOnly to)
    {
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, p.IsActive }).ToListAsync();
        var batches = (await db.ProductionBatches.AsNoTracking().Include(b => b.Lines).Include(b => b.Day)
                .Where(b => b.Day!.Date >= from && b.Day.Date <= to).AsSplitQuery().ToListAsync())
            .Select(b => new { b.Day!.Date, Batch = b }).ToList();
        var dispatchLines = await db.DispatchLines.AsNoTracking()
            .Join(db.Dispatches.Where(d => d.Day >= from && d.Day <= to && d.CancelledAt == null), l => l.DispatchId, d => d.Id,
                (l, d) => new { d.RecipientId, d.Day, l.ProductId, l.Quantity, l.UnitPrice }).ToListAsync();
        var settlements = await db.Settlements.AsNoTracking().Include(s => s.Lines).Include(s => s.Recipient)
            .Where(s => s.SalesDay >= from && s.SalesDay <= to && s.ReversedAt == null).AsSplitQuery().ToListAsync();
        var settledLines = settlements.SelectMany(s => s.Lines).ToList();

        var productRows = products
            .Where(p => p.IsActive || batches.Any(b => b.Batch.ProductId == p.Id) || settledLines.Any(l => l.ProductId == p.Id))
            .Select(p =>
            {
                var made = batches.Where(b => b.Batch.ProductId == p.Id).Select(b => b.Batch).ToList();
                var sold = settledLines.Where(l => l.ProductId == p.Id).ToList();
                return new ProductFigures(p.Id, p.Name, made.Sum(b => b.ExpectedPackets), made.Sum(b => b.ActualPackets), made.Sum(b => b.Rejects),
                    dispatchLines.Where(l => l.ProductId == p.Id).Sum(l => l.Quantity), sold.Sum(l => l.Returned), sold.Sum(l => l.Damaged),
                    sold.Sum(l => l.Sold), sold.Sum(l => l.SalesValue), made.Sum(b => b.IngredientCost), made.Sum(b => b.PackagingCost),
                    sold.Sum(l => l.Commission));
            }).ToList();

        var dayRows = batches.Select(b => b.Date).Concat(settlements.Select(s => s.SalesDay)).Distinct().Order().Select(day =>
        {
            var made = batches.Where(b => b.Date == day).Select(b => b.Batch).ToList();
            var settled = settlements.Where(s => s.SalesDay == day).ToList();
            var lines = settled.SelectMany(s => s.Lines).ToList();
            return new DayFigures(day, made.Sum(b => b.ExpectedPackets), made.Sum(b => b.ActualPackets), lines.Sum(l => l.SalesValue),
                made.Sum(b => b.IngredientCost), made.Sum(b => b.PackagingCost), lines.Sum(l => l.Commission),
                settled.Sum(s => s.ExpectedBanking), settled.Sum(s => s.Banked), settled.Sum(s => s.Deficit), settled.Sum(s => s.CrateShortfall));
        }).ToList();

        var recipientRows = settlements.GroupBy(s => s.RecipientId).Select(g => new RecipientFigures(g.Key, g.First().Recipient!.Name,
                g.Count(), g.Sum(s => s.SalesValue), g.Sum(s => s.Commission), g.Sum(s => s.Bonus), g.Sum(s => s.DamagedCharged), g.Sum(s => s.ExpectedBanking),
                g.Sum(s => s.Banked), g.Sum(s => s.Deficit), g.Count(s => s.Deficit > 0), g.Sum(s => s.CrateShortfall)))
            .OrderBy(r => r.Recipient).ToList();

        var unsettled = dispatchLines.Where(l => !settlements.Any(s => s.RecipientId == l.RecipientId && s.SalesDay == l.Day)).ToList();
        return new PeriodSummary(from, to, productRows, dayRows, recipientRows,
            unsettled.Select(l => (l.RecipientId, l.Day)).Distinct().Count(), unsettled.Sum(l => l.Quantity * l.UnitPrice));
    }
}
