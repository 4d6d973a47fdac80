using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Production;

/// <summary>One batch with its recipe's name and its costing within its day.</summary>
public sealed record BatchReportRow(DateOnly Date, ProductionBatch Batch, string Mix, BatchCost Cost);

/// <summary>The production days of a range (those with batches or indirect costs) and their batches.</summary>
public sealed record ProductionRange(IReadOnlyList<DayCost> Days, IReadOnlyList<BatchReportRow> Batches);

/// <summary>Read-only production history over a range of business days (exports, reports).</summary>
public sealed class ProductionReportQueries(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    /// <summary>A year and a day at most, so one request cannot pull the whole history.</summary>
    public const int MaxDays = 367;

    /// <summary>
    /// The days and batches of the business days from..to (inclusive), oldest day first and by batch number, each costed with its
    /// whole day (indirect costs are shared by the day's batches) at the sales price of that day.
    /// </summary>
    public async Task<ProductionRange> RangeAsync(DateOnly from, DateOnly to)
    {
        await currentUser.RequireAsync(Permissions.ViewProduction);
        if (to < from) throw new DomainException("The end date is before the start date.", "to");
        if (to.DayNumber - from.DayNumber + 1 > MaxDays) throw new DomainException($"Choose at most {MaxDays} days.", "to");
        await using var db = await dbs.CreateDbContextAsync();
        var days = await db.ProductionDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to)
            .Include(d => d.IndirectCosts).Include(d => d.Batches).ThenInclude(b => b.Lines)
            .Include(d => d.Batches).ThenInclude(b => b.Mix)
            .AsSplitQuery().ToListAsync();
        var prices = await db.ProductPrices.AsNoTracking().Where(p => p.Channel == PriceChannel.Sales && p.EffectiveFrom <= to).ToListAsync();
        var names = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name);

        var rows = new List<BatchReportRow>();
        var costs = new List<DayCost>();
        foreach (var day in days.OrderBy(d => d.Date))
        {
            var priced = prices.Where(p => p.EffectiveFrom <= day.Date).GroupBy(p => p.ProductId)
                .ToDictionary(g => g.Key, g => g.MaxBy(p => p.EffectiveFrom)!.PricePerPacket);
            var cost = ProductionCosting.Of(day.Date, day.Batches, day.IndirectCosts.Sum(c => c.Amount), priced, names);
            costs.Add(cost);
            var batches = day.Batches.ToDictionary(b => b.Id);
            rows.AddRange(cost.Batches.Select(c => new BatchReportRow(day.Date, batches[c.BatchId],
                batches[c.BatchId].Mix is { } mix ? $"{mix.Name} v{mix.Version}" : "", c)));
        }
        return new ProductionRange(costs, rows);
    }
}
