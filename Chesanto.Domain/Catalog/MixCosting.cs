namespace Chesanto.Domain.Catalog;

/// <summary>One priced recipe line. <see cref="Cost"/> is exact; only totals are rounded for display.</summary>
public sealed record LineCost(string Item, decimal Quantity, string Unit, decimal CostPerRecipeUnit, decimal Cost);

/// <summary>What one mix costs at today's prices.</summary>
public sealed record MixCost(IReadOnlyList<LineCost> Lines, decimal Total, int ExpectedPackets)
{
    /// <summary>0 when no output is expected, rather than a division by zero.</summary>
    public decimal PerPacket => ExpectedPackets == 0 ? 0m : Total / ExpectedPackets;
    public decimal TotalShown => MixCosting.Shown(Total);
    public decimal PerPacketShown => MixCosting.Shown(PerPacket);
}

/// <summary>
/// Prices recipes (DOMAIN §2.2). Pure arithmetic on the lines and their items' current prices, so a price change
/// shows in every mix at once (P17) and nothing here needs a database.
/// </summary>
public static class MixCosting
{
    public static decimal LineCostOf(decimal quantity, string unit, InventoryItem item) =>
        quantity * Units.Factor(unit, item.RecipeUnit) * item.CostPerRecipeUnit;

    /// <summary>Prices a mix whose lines have their inventory items loaded.</summary>
    public static MixCost Of(Mix mix)
    {
        var lines = mix.Lines.Select(l =>
        {
            var item = l.InventoryItem ?? throw new InvalidOperationException("Load each line's inventory item before costing a mix.");
            return new LineCost(item.Name, l.Quantity, l.Unit, item.CostPerRecipeUnit, LineCostOf(l.Quantity, l.Unit, item));
        }).ToList();
        return new MixCost(lines, lines.Sum(l => l.Cost), mix.ExpectedPackets);
    }

    /// <summary>Shillings and cents, half away from zero, as the workbook rounds.</summary>
    public static decimal Shown(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
