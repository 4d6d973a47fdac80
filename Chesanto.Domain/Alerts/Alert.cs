using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Alerts;

public enum AlertSeverity { Info, Warning, Critical }

/// <summary>
/// What domain code asks to raise. Kind e.g. "Deficit", "CrateShortfall", "DeficitPattern", "MissingSettlement";
/// SubjectKey e.g. "Settlement:12" (nullable): while an alert for the same kind and subject is open, no second one is raised.
/// </summary>
public sealed record AlertDraft(string Kind, AlertSeverity Severity, string Title, string Message, string? Link,
    bool ToAccountant, bool ToCeo, string? SubjectKey = null);

/// <summary>
/// Something the Accountant and/or the CEO must look into (DOMAIN §5.3, §9). Nothing is deducted automatically:
/// it is flagged, investigated, and resolved with a note saying what was found.
/// </summary>
public class Alert : IAudited, IVersioned
{
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public AlertSeverity Severity { get; set; }
    public string Title { get; set; } = "";
    public string Message { get; set; } = "";
    /// <summary>An app-relative link to the alert's subject (e.g. "sales/settlements/12"), if it has one.</summary>
    public string? Link { get; set; }
    /// <summary>For the Accountant (Role.Admin); the CEO (Role.Superadmin) sees every alert.</summary>
    public bool ToAccountant { get; set; }
    public bool ToCeo { get; set; }
    public string? SubjectKey { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    /// <summary>Nairobi's date when it was raised.</summary>
    public DateOnly BusinessDay { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedById { get; set; }
    public string? ResolvedByName { get; set; }
    public string? Resolution { get; set; }
    public Guid Version { get; set; }

    public bool IsOpen => ResolvedAt is null;

    public void Resolve(Actor actor, DateTimeOffset at, string? resolution)
    {
        if (!IsOpen) throw new DomainException($"This alert was already resolved by {ResolvedByName}.", nameof(Resolution));
        if (string.IsNullOrWhiteSpace(resolution))
            throw new DomainException("Say what was found and done.", nameof(Resolution));
        (ResolvedAt, ResolvedById, ResolvedByName, Resolution) = (at, actor.UserId, actor.Name, resolution.Trim());
    }
}

/// <summary>An alert was raised; its audience's bells and lists refresh.</summary>
public sealed record AlertRaised(int AlertId) : IDomainEvent;

/// <summary>An alert was resolved.</summary>
public sealed record AlertResolved(int AlertId) : IDomainEvent;
