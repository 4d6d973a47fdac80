using Chesanto.Domain.Common;

namespace Chesanto.Domain.Production;

public enum Grade { Regular, Reject }

public enum FinishedGoodsMovementType { Production, Dispatch, Return, Damage, Count, Adjustment, Reversal }

/// <summary>
/// One line of THE finished-goods ledger (DOMAIN §5.4): packets of a product and grade in or out of the store.
/// Opening, available and closing stock are sums of these rows and are stored nowhere else (P1). Rows are never
/// changed or deleted; corrections are new rows.
/// </summary>
public sealed class FinishedGoodsMovement
{
    public int Id { get; init; }
    public int ProductId { get; init; }
    public Grade Grade { get; init; }
    public FinishedGoodsMovementType Type { get; init; }
    /// <summary>Signed packets: production adds, dispatch takes away.</summary>
    public int Quantity { get; init; }
    /// <summary>The Nairobi day whose stock it moves (a batch's production day, a return's arrival day).</summary>
    public DateOnly BusinessDay { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string Reason { get; init; } = "";
    public string? ReferenceType { get; init; }
    public string? ReferenceId { get; init; }
    public string? UserId { get; init; }
    public string UserName { get; init; } = "";
    public int? ReversesMovementId { get; init; }
}

/// <summary>Rewritten by every posting for its product and grade, so two concurrent postings collide (like StockGuard).</summary>
public sealed class FinishedGoodsGuard
{
    public int ProductId { get; set; }
    public Grade Grade { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A physical count of finished goods entered before closing; the close compares and adjusts to it.</summary>
public sealed class FinishedGoodsCount
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public int ProductId { get; set; }
    public Grade Grade { get; set; }
    public int Counted { get; set; }
    public DateTimeOffset CountedAt { get; set; }
    public string CountedByName { get; set; } = "";
}

/// <summary>A product's and grade's finished stock changed; <see cref="Available"/> is what is in the store now.</summary>
public sealed record FinishedGoodsChanged(int ProductId, Grade Grade, int Available) : IDomainEvent;
public sealed record BatchRecorded(int BatchId, DateOnly Day, int ProductId) : IDomainEvent;
public sealed record BatchChanged(int BatchId, DateOnly Day, int ProductId, bool Deleted) : IDomainEvent;
public sealed record ProductionDayChanged(DateOnly Day, bool IsClosed) : IDomainEvent;
