using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Web.Components.Shared;

/// <summary>How audit lines read on screen: Nairobi time, one sentence each.</summary>
public static class AuditText
{
    public static string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, BusinessClock.Nairobi).ToString("dd MMM HH:mm");

    public static string Summary(AuditEntry e) => e.Message ?? e.Action switch
    {
        AuditAction.Create => $"Created {Thing(e.Entity)} {Key(e.EntityKey)}",
        AuditAction.Update => $"Changed {Thing(e.Entity)} {Key(e.EntityKey)}",
        AuditAction.Delete => $"Deleted {Thing(e.Entity)} {Key(e.EntityKey)}",
        _ => $"{e.Action} {Thing(e.Entity)}",
    };

    /// <summary>Long generated keys (user ids) are cut to their first 8 characters.</summary>
    public static string Key(string? key) => key is { Length: > 12 } ? key[..8] : key ?? "";

    /// <summary>Entity names as the bakery says them.</summary>
    public static string Thing(string entity) => entity switch
    {
        "ApplicationUser" => "user",
        "Employee" => "employee",
        _ => entity,
    };
}
