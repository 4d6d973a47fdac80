using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Inventory;

public enum WastageReason { Spill, Expired, DamagedInTransit, Contaminated, Pest, Theft, Other }

public enum WastageStatus { Pending, Approved, Rejected }

/// <summary>
/// Ingredients lost to a spill, expiry, pests... (DOMAIN §3.1, §3.2, P20). Its cost is fixed when it is recorded,
/// a historical fact. Up to <see cref="ApprovalThreshold"/> KES it is approved at once and its stock is posted; above
/// it, it waits for the CEO and moves no stock until approved. A rejection moves nothing, so there is nothing to undo.
/// </summary>
public class WastageRecord : IAudited, IVersioned
{
    /// <summary>Wastage costing more than this (KES) needs the CEO's approval before stock moves.</summary>
    public const decimal ApprovalThreshold = 500m;

    public int Id { get; set; }
    public int InventoryItemId { get; set; }
    public InventoryItem? InventoryItem { get; set; }
    public WastageReason Reason { get; set; }
    /// <summary>Positive, in the item's recipe unit.</summary>
    public decimal Quantity { get; set; }
    /// <summary>Nairobi's date when it was recorded.</summary>
    public DateOnly BusinessDay { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Quantity x cost per recipe unit when recorded, to the cent; later price changes do not touch it.</summary>
    public decimal Cost { get; set; }
    public WastageStatus Status { get; set; } = WastageStatus.Pending;
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedById { get; set; }
    public string RecordedByName { get; set; } = "";
    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    /// <summary>The moment of the decision: a timestamp, not a date (P20).</summary>
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    /// <summary>The Wastage movement posted on approval; null while pending and after a rejection.</summary>
    public int? StockMovementId { get; set; }
    public StockMovement? StockMovement { get; set; }
    public Guid Version { get; set; }

    public bool RequiresApproval => Cost > ApprovalThreshold;

    public static decimal CostOf(decimal quantity, InventoryItem item) =>
        decimal.Round(quantity * item.CostPerRecipeUnit, 2, MidpointRounding.AwayFromZero);

    public void Approve(Actor decider, DateTimeOffset at, string? note) => Decide(WastageStatus.Approved, decider, at, note);

    public void Reject(Actor decider, DateTimeOffset at, string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
            throw new DomainException("Say why this wastage is rejected.", nameof(DecisionNote));
        Decide(WastageStatus.Rejected, decider, at, note);
    }

    private void Decide(WastageStatus status, Actor decider, DateTimeOffset at, string? note)
    {
        if (Status != WastageStatus.Pending)
            throw new DomainException($"This wastage has already been {Status.ToString().ToLowerInvariant()}.", nameof(Status));
        Status = status;
        (DecidedById, DecidedByName, DecidedAt) = (decider.UserId, decider.Name, at);
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>A wastage record was recorded, approved or rejected.</summary>
public sealed record WastageChanged(int WastageRecordId, WastageStatus Status) : IDomainEvent;

/// <summary>Wastage as the production manager records it: quantity in the item's recipe unit.</summary>
public sealed record WastageInput(int InventoryItemId, WastageReason Reason, decimal Quantity, string Description);
