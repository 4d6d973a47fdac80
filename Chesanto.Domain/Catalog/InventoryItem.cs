using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Catalog;

public enum InventoryCategory { Raw, Packaging, FuelEnergy, Consumables, Other }

/// <summary>
/// Something the bakery buys: flour by the bag, yeast by the packet (DOMAIN §3.1). There is deliberately no
/// stock column: stock will be the sum of an append-only movement ledger, so it cannot drift from its history.
/// </summary>
public class InventoryItem : IAudited, IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public InventoryCategory Category { get; set; }
    /// <summary>How it is bought, e.g. "bag".</summary>
    public string PurchaseUnit { get; set; } = Units.Kg;
    /// <summary>How recipes measure it, e.g. "kg".</summary>
    public string RecipeUnit { get; set; } = Units.Kg;
    /// <summary>Recipe units in one purchase unit, e.g. 50 kg in a bag of flour.</summary>
    public decimal ConversionFactor { get; set; } = 1m;
    /// <summary>The latest price paid for one purchase unit, in KES.</summary>
    public decimal CostPerPurchaseUnit { get; set; }
    /// <summary>In recipe units.</summary>
    public decimal ReorderLevel { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }

    /// <summary>
    /// Computed on every read and never rounded or stored: salt at 35.50 a kg is 0.0355 a gram, and the old
    /// app's stored 0.04 put bread at 32.08 instead of 32.00 a loaf (P15).
    /// </summary>
    public decimal CostPerRecipeUnit => ConversionFactor == 0 ? 0 : CostPerPurchaseUnit / ConversionFactor;
}
