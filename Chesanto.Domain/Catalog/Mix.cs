using Chesanto.Domain.Audit;

namespace Chesanto.Domain.Catalog;

/// <summary>
/// One recipe for a product: what goes into one mix and how many packets it should give (DOMAIN §2.1).
/// A change of recipe is a new version, so batches keep pointing at the recipe they were baked from.
/// There is no stored cost: <see cref="MixCosting"/> prices the lines at today's prices whenever asked (P17).
/// </summary>
public class Mix : IAudited
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public string Name { get; set; } = "Mix 1";
    /// <summary>1, 2, 3... per product; unique with the product and name.</summary>
    public int Version { get; set; } = 1;
    /// <summary>At most one mix per product is active: the one production uses by default.</summary>
    public bool IsActive { get; set; }
    public int ExpectedPackets { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public List<MixIngredient> Lines { get; set; } = [];
}

/// <summary>
/// One line of a recipe. It points straight at the inventory item: the old app's separate Ingredient table only
/// repeated the item's name and unit, and an unlinked ingredient silently cost 0.
/// </summary>
public class MixIngredient : IAudited
{
    public int Id { get; set; }
    public int MixId { get; set; }
    public int InventoryItemId { get; set; }
    public InventoryItem? InventoryItem { get; set; }
    public decimal Quantity { get; set; }
    /// <summary>The unit the quantity is written in; it must convert to the item's recipe unit.</summary>
    public string Unit { get; set; } = Units.Kg;
}
