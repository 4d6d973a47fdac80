using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;

namespace Chesanto.Domain.Suppliers;

public enum SupplierPaymentMethod { Cash, Bank, MPesa }

/// <summary>
/// Money paid to a supplier (Q27), against one received purchase or on account. It is not an expense: the purchase
/// was expensed (on credit) when it was received. A mistake is reversed with a reason and kept, never deleted.
/// </summary>
public class SupplierPayment : IAudited, IVersioned
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public int SupplierId { get; set; }
    public Supplier? Supplier { get; set; }
    /// <summary>Null for a payment on account, which settles the supplier's oldest purchases first.</summary>
    public int? PurchaseId { get; set; }
    public Purchase? Purchase { get; set; }
    public decimal Amount { get; set; }
    public SupplierPaymentMethod Method { get; set; }
    public string? Reference { get; set; }
    public string? RecordedById { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public string? ReversedByName { get; set; }
    public DateTimeOffset? ReversedAt { get; set; }
    public string? ReversalReason { get; set; }
    public Guid Version { get; set; }

    public bool IsReversed => ReversedAt is not null;
}

public sealed record SupplierPaymentChanged(int SupplierId, int? PurchaseId) : IDomainEvent;
