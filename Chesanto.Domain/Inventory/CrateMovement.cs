namespace Chesanto.Domain.Inventory;

/// <summary>Where a crate is: in the store, out with a route, damaged, or lost.</summary>
public enum CrateState { Store, Route, Damaged, Lost }

public enum CrateMovementType { Purchase, DispatchOut, ReturnIn, Damage, Repair, Lost, Count, Reversal }

/// <summary>
/// One line of the crate ledger (DOMAIN §3.4): <see cref="Quantity"/> crates move from one place to another.
/// A null <see cref="From"/> means they came from outside (bought, or found by a count); a null <see cref="To"/>
/// means they left the books (a count found fewer). Counts per place are sums of movements and are stored nowhere:
/// the old CrateStock singleton kept counters that broke their own invariant (P22). Rows are never changed.
/// </summary>
public sealed class CrateMovement
{
    public int Id { get; init; }
    public CrateMovementType Type { get; init; }
    public CrateState? From { get; init; }
    public CrateState? To { get; init; }
    /// <summary>The salesperson or route the crates went out with or came back from, when one side is <see cref="CrateState.Route"/>.</summary>
    public string? Route { get; init; }
    /// <summary>Always zero or more; the direction is From → To.</summary>
    public int Quantity { get; init; }
    /// <summary>For a count, how many crates were counted in the store.</summary>
    public int? Counted { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateOnly BusinessDay { get; init; }
    public string Reason { get; init; } = "";
    /// <summary>What caused it, e.g. "Dispatch" and its number.</summary>
    public string? ReferenceType { get; init; }
    public string? ReferenceId { get; init; }
    public string? UserId { get; init; }
    public string UserName { get; init; } = "";
    public int? ReversesMovementId { get; init; }
}

/// <summary>The single row every crate posting rewrites, so two postings at once collide and the second re-counts.</summary>
public sealed class CrateGuard
{
    public const int SingletonId = 1;
    public int Id { get; set; } = SingletonId;
    public Guid Version { get; set; }
}

/// <summary>What a clerk (or a dispatch) asks to post. <see cref="Quantity"/> is the counted total for a count.</summary>
public sealed record CrateInput(CrateMovementType Type, int Quantity, string Reason, string? Route = null,
    CrateState? From = null, string? ReferenceType = null, string? ReferenceId = null);

/// <summary>Crates by place right now; <see cref="OutByRoute"/> lists only routes that hold some.</summary>
public sealed record CrateTotals(int Store, int Damaged, int Lost, IReadOnlyDictionary<string, int> OutByRoute)
{
    public int Out => OutByRoute.Values.Sum();
    /// <summary>The crates the bakery still has (lost ones are not counted).</summary>
    public int Owned => Store + Out + Damaged;
}

/// <summary>Crates moved; published after the commit.</summary>
public sealed record CratesChanged(CrateTotals Totals) : Common.IDomainEvent;
