using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Sales;

/// <summary>Who takes goods out (DOMAIN §5.1, §5.4.8): the kind decides commission, bonus and when they settle.</summary>
public enum RecipientKind { RouteSalesman, CommissionAgent, Distributor, Depot, School, RejectsBuyer }

/// <summary>
/// A route, territory or customer that goods are dispatched to and settled by: "Joel/Enos", "Mike", "Matayos Depot".
/// Its name is also the crate route, so crates out with it are counted under this name.
/// </summary>
public class SalesRecipient : IAudited, IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public RecipientKind Kind { get; set; }
    /// <summary>The price list a dispatch uses unless the clerk picks another (e.g. a salesman's Distributor row).</summary>
    public PriceChannel DefaultChannel { get; set; }
    /// <summary>Depots and schools settle days later against the original dispatch ("Sales for dd.mm").</summary>
    public bool SettlesLate { get; set; }
    /// <summary>The staff member who runs the route, when one does.</summary>
    public int? EmployeeId { get; set; }
    /// <summary>The login that may see this recipient's own dispatches, settlements and statement.</summary>
    public string? UserId { get; set; }
    public string? Phone { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Bumped by every dispatch and settlement of this recipient, so two clerks working on one route collide.</summary>
    public Guid Version { get; set; }

    public List<CommissionPlan> Plans { get; set; } = [];
}

/// <summary>
/// How a recipient is paid, from <see cref="EffectiveFrom"/> until the next plan (DOMAIN §5.4.7): a per-unit
/// commission per product deducted before banking (agents, depots), and a daily bonus of <see cref="BonusPercent"/>
/// of expected banking above <see cref="DailyTarget"/> (salaried salesmen). The period is always a day (Q4).
/// </summary>
public class CommissionPlan : IAudited
{
    public int Id { get; set; }
    public int RecipientId { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Null: no bonus.</summary>
    public decimal? DailyTarget { get; set; }
    public decimal BonusPercent { get; set; }
    public DateTimeOffset SetAt { get; set; }
    public string SetByName { get; set; } = "";

    public List<CommissionRate> Rates { get; set; } = [];

    public decimal RateFor(int productId) => Rates.FirstOrDefault(r => r.ProductId == productId)?.PerUnit ?? 0m;

    /// <summary>7 % of the day's expected banking over the target, rounded to the cent; 0 when under it or without a target.</summary>
    public decimal BonusOn(decimal expectedBanking) =>
        DailyTarget is { } target && expectedBanking > target ? Math.Round((expectedBanking - target) * BonusPercent / 100m, 2) : 0m;
}

/// <summary>KES per packet sold of one product.</summary>
public class CommissionRate
{
    public int Id { get; set; }
    public int CommissionPlanId { get; set; }
    public int ProductId { get; set; }
    public decimal PerUnit { get; set; }
}
