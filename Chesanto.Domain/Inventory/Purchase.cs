using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Inventory;

public enum PurchaseStatus { Draft, Ordered, Received, Cancelled }

/// <summary>
/// An order to a supplier (DOMAIN §3.1, §3.2): Draft -> Ordered -> Received, or Cancelled. Only a draft can be
/// edited; Received and Cancelled are final. Receiving is allowed from Ordered only, so a purchase is always
/// ordered (and can be checked) before stock arrives.
/// </summary>
public class Purchase : IAudited, IVersioned
{
    public int Id { get; set; }
    /// <summary>PUR-YYYYMMDD-NNN: the Nairobi day it was created and that day's sequence (P26).</summary>
    public string Number { get; set; } = "";
    public int SupplierId { get; set; }
    public Supplier? Supplier { get; set; }
    public DateOnly PurchaseDate { get; set; }
    public DateOnly? ExpectedDelivery { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public string? Notes { get; set; }
    public PurchaseStatus Status { get; set; } = PurchaseStatus.Draft;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Ordering is the Accountant's approval (Q27): who ordered it and when.</summary>
    public string? ApprovedByName { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid Version { get; set; }
    public List<PurchaseLine> Lines { get; set; } = [];

    /// <summary>Sum of the lines, computed in memory and never stored.</summary>
    public decimal Total => Lines.Sum(l => l.Total);

    public bool IsEditable => Status == PurchaseStatus.Draft;

    public void RequireEditable()
    {
        if (!IsEditable) throw new DomainException($"Purchase {Number} is {Status.ToString().ToLowerInvariant()}; only a draft can be changed.", nameof(Status));
    }

    public void MarkOrdered(Actor approver, DateTimeOffset at)
    {
        RequireEditable();
        if (Lines.Count == 0) throw new DomainException("Add at least one line.", nameof(Lines));
        Status = PurchaseStatus.Ordered;
        (ApprovedByName, ApprovedAt) = (approver.Name, at);
    }

    public void MarkReceived(DateOnly day)
    {
        if (Status == PurchaseStatus.Received) throw new DomainException($"Purchase {Number} has already been received.", nameof(Status));
        if (Status != PurchaseStatus.Ordered)
            throw new DomainException($"Purchase {Number} is {Status.ToString().ToLowerInvariant()}; only an ordered purchase can be received.", nameof(Status));
        Status = PurchaseStatus.Received;
        ReceivedOn = day;
    }

    public void Cancel()
    {
        if (Status is PurchaseStatus.Received or PurchaseStatus.Cancelled)
            throw new DomainException($"Purchase {Number} is {Status.ToString().ToLowerInvariant()} and cannot be cancelled.", nameof(Status));
        Status = PurchaseStatus.Cancelled;
    }
}

/// <summary>One item on a purchase, in purchase units (bags of flour) at a price per purchase unit. One line per item.</summary>
public class PurchaseLine : IAudited
{
    public int Id { get; set; }
    public int PurchaseId { get; set; }
    public int InventoryItemId { get; set; }
    public InventoryItem? InventoryItem { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitCost { get; set; }
    public decimal Total => Quantity * UnitCost;
}

/// <summary>
/// The last purchase number given out on a business day. It is bumped in the same transaction as the purchase is
/// inserted, and its <see cref="Version"/> is a concurrency token, so two clerks never get the same number (P26).
/// </summary>
public sealed class PurchaseSequence
{
    public DateOnly Day { get; set; }
    public int Last { get; set; }
    public Guid Version { get; set; }
}

public sealed record PurchaseChanged(int PurchaseId) : IDomainEvent;
