namespace Chesanto.Domain.Production;

/// <summary>What one batch used of one item, in the item's recipe unit.</summary>
public sealed record BatchLineInput(int InventoryItemId, decimal Quantity);

/// <summary>
/// A new batch. <see cref="Lines"/> null means "as the recipe says"; <see cref="BatchNumber"/> null takes the next
/// free number; <see cref="Day"/> null is today (Nairobi).
/// </summary>
public sealed record BatchInput(int MixId, int ActualPackets, int Rejects = 0, TimeOnly? StartTime = null, TimeOnly? EndTime = null,
    string? QualityNotes = null, IReadOnlyList<BatchLineInput>? Lines = null, int? BatchNumber = null, DateOnly? Day = null);

/// <summary>A correction of a recorded batch; <see cref="Lines"/> null keeps the quantities it had.</summary>
public sealed record BatchEdit(int ActualPackets, int Rejects = 0, TimeOnly? StartTime = null, TimeOnly? EndTime = null,
    string? QualityNotes = null, IReadOnlyList<BatchLineInput>? Lines = null);

public sealed record IndirectCostInput(IndirectCostType Type, decimal Amount, string? Description = null, string? ReceiptNumber = null,
    string? Vendor = null);

/// <summary>A day as the production page shows it: batches with their lines, indirect costs, costing and finished stock.</summary>
public sealed record ProductionDayView(DateOnly Date, bool IsClosed, DateTimeOffset? ClosedAt, string? ClosedByName,
    IReadOnlyList<ProductionBatch> Batches, IReadOnlyList<IndirectCost> IndirectCosts, DayCost Cost, IReadOnlyList<FinishedStockLine> Stock);
