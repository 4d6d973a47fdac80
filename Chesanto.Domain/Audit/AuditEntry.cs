namespace Chesanto.Domain.Audit;

/// <summary>Entities whose every create, update and delete is written to the audit log.</summary>
public interface IAudited;

public enum AuditAction { Create, Update, Delete, Login, LoginFailed, Logout, RoleChanged, PasswordChanged, Info }

/// <summary>One line of the audit log: who did what, when, with the before/after values.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public AuditAction Action { get; set; }
    public string Entity { get; set; } = "";
    public string? EntityKey { get; set; }
    /// <summary>JSON: {"Field": {"Old": .., "New": ..}}.</summary>
    public string? Changes { get; set; }
    public string? Message { get; set; }
    public string? IpAddress { get; set; }
}
