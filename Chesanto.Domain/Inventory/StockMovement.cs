namespace Chesanto.Domain.Inventory;

public enum StockMovementType { Opening, Purchase, ProductionUse, Wastage, CountAdjustment, ReturnToSupplier, Reversal }

/// <summary>
/// One line of the ingredient stock ledger (DOMAIN §3.1). An item's stock is the sum of its movements and is
/// stored nowhere else: the old system kept a second copy that drifted (P1). Rows are never changed or deleted;
/// a mistake is undone by a <see cref="StockMovementType.Reversal"/>, so the history always explains the stock.
/// </summary>
public sealed class StockMovement
{
    public int Id { get; init; }
    public int InventoryItemId { get; init; }
    public StockMovementType Type { get; init; }
    /// <summary>Signed, in the item's recipe unit: a purchase adds, production use takes away.</summary>
    public decimal Quantity { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>Nairobi's date when it happened.</summary>
    public DateOnly BusinessDay { get; init; }
    public string Reason { get; init; } = "";
    /// <summary>What caused it, e.g. "Purchase" and "PUR-20261124-001".</summary>
    public string? ReferenceType { get; init; }
    public string? ReferenceId { get; init; }
    public string? UserId { get; init; }
    public string UserName { get; init; } = "";
    public int? ReversesMovementId { get; init; }
}

/// <summary>
/// One small row per item that every posting rewrites with a new <see cref="Version"/>, in the same transaction as
/// the movement. It holds no stock: it only makes two postings for the same item collide, so the second re-counts.
/// </summary>
public sealed class StockGuard
{
    public int InventoryItemId { get; set; }
    public Guid Version { get; set; }
}
