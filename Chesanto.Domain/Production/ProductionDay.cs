using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Production;

/// <summary>
/// One Nairobi business day of production (DOMAIN §4.1). It holds no stock counters: opening, produced and closing
/// stock are queries over the finished-goods ledger (P1). <see cref="Version"/> is bumped by every batch, indirect
/// cost and closing, so a batch and the closing of its day cannot both commit on a stale view.
/// </summary>
public class ProductionDay : IAudited, IVersioned
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public bool IsClosed { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedById { get; set; }
    public string? ClosedByName { get; set; }
    /// <summary>Why a superadmin last reopened the closed day (kept in the audit log with every change).</summary>
    public string? ReopenReason { get; set; }
    public string? Notes { get; set; }
    public Guid Version { get; set; }

    public List<ProductionBatch> Batches { get; set; } = [];
    public List<IndirectCost> IndirectCosts { get; set; } = [];
}

public enum IndirectCostType { Diesel, Firewood, Electricity, FuelDistribution, Other }

/// <summary>One indirect cost of a day, in KES; the day's total is always their sum (P18).</summary>
public class IndirectCost : IAudited
{
    public int Id { get; set; }
    public int ProductionDayId { get; set; }
    public IndirectCostType Type { get; set; }
    /// <summary>E.g. "20 L diesel from Ikapolok".</summary>
    public string? Description { get; set; }
    public decimal Amount { get; set; }
    public string? ReceiptNumber { get; set; }
    public string? Vendor { get; set; }
}
