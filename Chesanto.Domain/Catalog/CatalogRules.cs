using Chesanto.Domain.Common;

namespace Chesanto.Domain.Catalog;

/// <summary>What a product, an item or a recipe line must satisfy before it is saved; each refusal names its field.</summary>
internal static class CatalogRules
{
    public static void Validate(InventoryItem i)
    {
        i.Name = Required(i.Name, "Enter the item's name, e.g. Wheat Flour.", nameof(i.Name));
        if (!Enum.IsDefined(i.Category)) throw new DomainException("Choose a category.", nameof(i.Category));
        i.PurchaseUnit = Units.Parse(i.PurchaseUnit, nameof(i.PurchaseUnit));
        i.RecipeUnit = Units.Parse(i.RecipeUnit, nameof(i.RecipeUnit));
        if (i.ConversionFactor <= 0)
            throw new DomainException($"Enter how many {i.RecipeUnit} are in one {i.PurchaseUnit}.", nameof(i.ConversionFactor));
        if (Units.TryFactor(i.PurchaseUnit, i.RecipeUnit) is { } known && known != i.ConversionFactor)
            throw new DomainException($"One {i.PurchaseUnit} is always {known:0.###} {i.RecipeUnit}.", nameof(i.ConversionFactor));
        if (i.CostPerPurchaseUnit < 0) throw new DomainException("A price cannot be negative.", nameof(i.CostPerPurchaseUnit));
        if (i.ReorderLevel < 0) throw new DomainException("A reorder level cannot be negative.", nameof(i.ReorderLevel));
    }

    public static void Validate(Product p)
    {
        p.Name = Required(p.Name, "Enter the product's name, e.g. Bread.", nameof(p.Name));
        p.Alias = Required(p.Alias, "Enter what the pieces are called, e.g. Loaves.", nameof(p.Alias));
        p.PacketLabel = Required(p.PacketLabel, "Enter what one packet is called, e.g. loaf.", nameof(p.PacketLabel));
        p.Description = string.IsNullOrWhiteSpace(p.Description) ? null : p.Description.Trim();
        p.SubProductName = string.IsNullOrWhiteSpace(p.SubProductName) ? null : p.SubProductName.Trim();
        if (p.UnitsPerPacket < 1) throw new DomainException("A packet holds at least one piece.", nameof(p.UnitsPerPacket));
        if (p.BaselineOutput < 0) throw new DomainException("Expected packets cannot be negative.", nameof(p.BaselineOutput));
        if (p.MinExpectedOutput is < 0) throw new DomainException("Expected packets cannot be negative.", nameof(p.MinExpectedOutput));
        if (p.MinExpectedOutput is { } min && p.MaxExpectedOutput is { } max && max < min)
            throw new DomainException("The most expected is below the least expected.", nameof(p.MaxExpectedOutput));
    }

    /// <summary>The lines as new rows, once every item exists, is in use, appears once and has a convertible unit.</summary>
    public static List<MixIngredient> ValidateLines(IReadOnlyList<MixLineInput> lines, IReadOnlyDictionary<int, InventoryItem> items)
    {
        var result = new List<MixIngredient>();
        foreach (var line in lines)
        {
            if (!items.TryGetValue(line.InventoryItemId, out var item) || !item.IsActive)
                throw new DomainException("Choose an inventory item that is in use.", nameof(MixIngredient.InventoryItemId));
            if (result.Any(r => r.InventoryItemId == item.Id))
                throw new DomainException($"{item.Name} is listed twice.", nameof(MixIngredient.InventoryItemId));
            if (line.Quantity <= 0) throw new DomainException($"Enter how much {item.Name} goes in.", nameof(MixIngredient.Quantity));
            var unit = Units.Parse(line.Unit, nameof(MixIngredient.Unit));
            Units.Factor(unit, item.RecipeUnit, nameof(MixIngredient.Unit));
            result.Add(new MixIngredient { InventoryItemId = item.Id, Quantity = line.Quantity, Unit = unit });
        }
        return result;
    }

    private static string Required(string? value, string message, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(message, field) : value.Trim();
}
