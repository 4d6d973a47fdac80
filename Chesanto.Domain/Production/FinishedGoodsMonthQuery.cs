using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Production;

/// <summary>A day's finished stock of one product and grade (WORKBOOK §5), with the close's physical count when the day was closed with one.</summary>
public sealed record FinishedStockDay(DateOnly Date, FinishedStockLine Line, int? Counted);

/// <summary>The month's "Closing stock product" sheet: every day of the month that moved finished goods, read from the ledger.</summary>
public sealed class FinishedGoodsMonthQuery(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<FinishedStockDay>> MonthAsync(DateOnly month)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        await using var db = await dbs.CreateDbContextAsync();
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        var rows = await db.FinishedGoodsMovements.AsNoTracking().Where(m => m.BusinessDay <= last)
            .Select(m => new { m.ProductId, m.Grade, m.Type, m.Quantity, m.BusinessDay }).ToListAsync();
        var counts = (await db.DailyProductionReports.AsNoTracking().Where(r => r.Date >= first && r.Date <= last).ToListAsync())
            .SelectMany(r => r.ClosingStock.Where(l => l.Counted is not null).Select(l => (r.Date, l.ProductId, l.Grade, l.Counted)))
            .ToDictionary(c => (c.Date, c.ProductId, c.Grade), c => c.Counted);
        var days = rows.Where(r => r.BusinessDay >= first).Select(r => r.BusinessDay).Distinct().Order().ToList();
        var result = new List<FinishedStockDay>();
        foreach (var day in days)
            foreach (var p in products)
                foreach (var grade in new[] { Grade.Regular, Grade.Reject })
                {
                    var mine = rows.Where(r => r.ProductId == p.Id && r.Grade == grade && r.BusinessDay <= day).ToList();
                    if (grade == Grade.Reject && p.SubProductName is null && mine.Count == 0) continue;
                    if (!p.IsActive && mine.Count == 0) continue;
                    var today = mine.Where(r => r.BusinessDay == day).ToList();
                    int Of(params FinishedGoodsMovementType[] types) => today.Where(r => types.Contains(r.Type)).Sum(r => r.Quantity);
                    var opening = mine.Where(r => r.BusinessDay < day).Sum(r => r.Quantity);
                    var line = new FinishedStockLine(p.Id, grade == Grade.Reject ? p.SubProductName ?? $"{p.Name} rejects" : p.Name, grade, opening,
                        Of(FinishedGoodsMovementType.Production), -Of(FinishedGoodsMovementType.Dispatch), Of(FinishedGoodsMovementType.Return),
                        -Of(FinishedGoodsMovementType.Damage),
                        Of(FinishedGoodsMovementType.Count, FinishedGoodsMovementType.Adjustment, FinishedGoodsMovementType.Reversal),
                        opening + today.Sum(r => r.Quantity));
                    result.Add(new FinishedStockDay(day, line, counts.GetValueOrDefault((day, p.Id, grade))));
                }
        return result;
    }
}
