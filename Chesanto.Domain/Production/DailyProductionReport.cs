using System.Text.Json;

namespace Chesanto.Domain.Production;

/// <summary>A product's and grade's closing stock as the close computed it, with the physical count when there was one.</summary>
public sealed record ClosingStockLine(int ProductId, string Product, Grade Grade, int Opening, int Produced, int Dispatched, int Returned,
    int Damaged, int Adjusted, int Computed, int? Counted, decimal? VariancePercent, bool HasVariance);

/// <summary>One item's stock and value when the day closed.</summary>
public sealed record InventorySnapshotLine(int InventoryItemId, string Item, string Unit, decimal Quantity, decimal Value);

/// <summary>
/// The stored daily report written by the close (DOMAIN §8.1): never edited by hand; a superadmin's re-close after
/// correcting the books regenerates it.
/// </summary>
public class DailyProductionReport
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public int BatchCount { get; set; }
    public decimal IngredientCost { get; set; }
    public decimal PackagingCost { get; set; }
    public decimal IndirectCost { get; set; }
    public decimal TotalCost { get; set; }
    public decimal ExpectedRevenue { get; set; }
    public decimal GrossProfit { get; set; }
    public decimal InventoryValue { get; set; }
    public bool HasVariance { get; set; }
    public string ClosingStockJson { get; set; } = "[]";
    public string InventoryJson { get; set; } = "[]";
    public DateTimeOffset GeneratedAt { get; set; }
    public string GeneratedByName { get; set; } = "";

    public IReadOnlyList<ClosingStockLine> ClosingStock => JsonSerializer.Deserialize<List<ClosingStockLine>>(ClosingStockJson) ?? [];
    public IReadOnlyList<InventorySnapshotLine> Inventory => JsonSerializer.Deserialize<List<InventorySnapshotLine>>(InventoryJson) ?? [];
}
