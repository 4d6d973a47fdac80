using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Production;

/// <summary>
/// One mix baked on a day (DOMAIN §4.1). Quantities and unit costs are those of the day it was baked, so a later
/// price or recipe change does not rewrite its cost (P17). Allocated indirect cost, revenue and margin are not
/// stored: they depend on the whole day and are computed by <see cref="ProductionCosting"/>.
/// </summary>
public class ProductionBatch : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ProductionDayId { get; set; }
    public ProductionDay? Day { get; set; }
    public int MixId { get; set; }
    public Mix? Mix { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    /// <summary>1, 2, 3... unique within the day.</summary>
    public int BatchNumber { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    /// <summary>Packets the mix was expected to give when the batch was recorded.</summary>
    public int ExpectedPackets { get; set; }
    public int ActualPackets { get; set; }
    /// <summary>Second-grade packets (Bread only); they take a bag but earn no regular revenue (Q24, P10).</summary>
    public int Rejects { get; set; }
    public string? QualityNotes { get; set; }
    /// <summary>The packaging item the batch took its bags from, and one bag's cost then.</summary>
    public int? PackagingItemId { get; set; }
    public decimal PackagingUnitCost { get; set; }
    public bool IsFinalized { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedById { get; set; }
    public string RecordedByName { get; set; } = "";
    public Guid Version { get; set; }

    public List<BatchIngredient> Lines { get; set; } = [];

    public int Bags => ActualPackets + Rejects;
    public int Variance => ActualPackets - ExpectedPackets;
    public decimal? VariancePercent => ExpectedPackets == 0 ? null : (decimal)Variance / ExpectedPackets * 100m;
    public decimal IngredientCost => Lines.Sum(l => l.Cost);
    public decimal PackagingCost => Bags * PackagingUnitCost;

    public const string ReferenceType = "ProductionBatch";
}

/// <summary>What one batch really used of one item, in the item's recipe unit, priced when the batch was recorded.</summary>
public class BatchIngredient : IAudited
{
    public int Id { get; set; }
    public int ProductionBatchId { get; set; }
    public int InventoryItemId { get; set; }
    public InventoryItem? InventoryItem { get; set; }
    public decimal Quantity { get; set; }
    /// <summary>KES per recipe unit, kept to 6 dp (P15).</summary>
    public decimal UnitCost { get; set; }
    public decimal Cost => Quantity * UnitCost;
}
