using Chesanto.Domain.Catalog;

namespace Chesanto.Domain.Production;

public enum Band { Good, Warning, Bad, Neutral }

/// <summary>
/// One batch's costs and margin (DOMAIN §4.2 step 4). Amounts are exact; <c>*Shown</c> round to cents for display
/// and totals, so the day's allocations still add up to its indirect costs.
/// </summary>
public sealed record BatchCost(int BatchId, int BatchNumber, int ProductId, string Product, int Expected, int Actual, int Rejects,
    decimal Ingredient, decimal Packaging, decimal Allocated, decimal PricePerPacket)
{
    public int Variance => Actual - Expected;
    public decimal? VariancePercent => Expected == 0 ? null : Math.Round((decimal)Variance / Expected * 100m, 2, MidpointRounding.AwayFromZero);
    public decimal Total => Ingredient + Packaging + Allocated;
    /// <summary>Null when the batch gave nothing (there is no cost per packet of zero packets).</summary>
    public decimal? CostPerPacket => Actual == 0 ? null : Total / Actual;
    /// <summary>Regular packets only: rejects are not expected revenue (Q24).</summary>
    public decimal Revenue => Actual * PricePerPacket;
    public decimal GrossProfit => Revenue - Total;
    public decimal? MarginPercent => Revenue == 0 ? null : Math.Round(GrossProfit / Revenue * 100m, 2, MidpointRounding.AwayFromZero);
    public Band MarginBand => ProductionCosting.MarginBand(MarginPercent);
    public Band VarianceBand => ProductionCosting.VarianceBand(VariancePercent);
}

/// <summary>The day's batches costed together: indirect costs follow each batch's share of the ingredient cost (§4.2 step 6).</summary>
public sealed record DayCost(DateOnly Date, decimal Indirect, IReadOnlyList<BatchCost> Batches)
{
    public decimal Ingredient => Batches.Sum(b => b.Ingredient);
    public decimal Packaging => Batches.Sum(b => b.Packaging);
    public decimal Total => Batches.Sum(b => b.Total);
    public decimal Revenue => Batches.Sum(b => b.Revenue);
    public decimal GrossProfit => Revenue - Total;
    public decimal? MarginPercent => Revenue == 0 ? null : Math.Round(GrossProfit / Revenue * 100m, 2, MidpointRounding.AwayFromZero);
}

public static class ProductionCosting
{
    /// <summary>Costs the batches (lines loaded) with the day's indirect total and each product's price per packet.</summary>
    public static DayCost Of(DateOnly date, IReadOnlyList<ProductionBatch> batches, decimal indirect,
        IReadOnlyDictionary<int, decimal> prices, IReadOnlyDictionary<int, string> productNames)
    {
        var ingredientTotal = batches.Sum(b => b.IngredientCost);
        var costs = batches.OrderBy(b => b.BatchNumber).Select(b => new BatchCost(b.Id, b.BatchNumber, b.ProductId,
            productNames.GetValueOrDefault(b.ProductId, "?"), b.ExpectedPackets, b.ActualPackets, b.Rejects, b.IngredientCost, b.PackagingCost,
            ingredientTotal == 0 ? 0m : b.IngredientCost / ingredientTotal * indirect, prices.GetValueOrDefault(b.ProductId))).ToList();
        return new DayCost(date, indirect, costs);
    }

    /// <summary>≥ 30 % good, 20–30 % warning, below 20 % bad (DOMAIN §4.2).</summary>
    public static Band MarginBand(decimal? margin) => margin switch
    {
        null => Band.Neutral,
        >= 30m => Band.Good,
        >= 20m => Band.Warning,
        _ => Band.Bad,
    };

    /// <summary>At least +5 % good, at most −5 % bad, otherwise neutral.</summary>
    public static Band VarianceBand(decimal? variance) => variance switch
    {
        >= 5m => Band.Good,
        <= -5m => Band.Bad,
        _ => Band.Neutral,
    };

    public static decimal Shown(decimal amount) => MixCosting.Shown(amount);
}
