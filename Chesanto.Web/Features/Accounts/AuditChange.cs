using System.Text.Json;

namespace Chesanto.Web.Features.Accounts;

/// <summary>One changed field of an audit line, as shown on screen.</summary>
public sealed record AuditChange(string Field, string Old, string New)
{
    /// <summary>
    /// Reads the audit interceptor's JSON, {"Field": {"Old": .., "New": ..}}; a create has only New, a delete only Old.
    /// Returns null when the text is not that shape, so the page shows it raw rather than hiding it.
    /// </summary>
    public static IReadOnlyList<AuditChange>? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            return document.RootElement.EnumerateObject().Select(p => new AuditChange(p.Name, Side(p.Value, "Old"), Side(p.Value, "New"))).ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Side(JsonElement change, string side) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(side, out var value) ? Shown(value) : "";

    private static string Shown(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "(empty)",
        JsonValueKind.String => value.GetString() ?? "",
        _ => value.GetRawText(),
    };
}
