using Chesanto.Domain.Common;

namespace Chesanto.Web.Components.Shared;

/// <summary>
/// A refusal from the domain, kept by the name of the property it blames so the form can show it at
/// that input. The message is also kept as a summary: on a phone the field may be far above the Save button.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _byField = [];

    public string? Summary { get; private set; }

    public bool Has(string field) => _byField.ContainsKey(field);

    public string? this[string field] => _byField.GetValueOrDefault(field);

    public void Add(DomainException refusal)
    {
        if (refusal.Field is { } field) _byField[field] = refusal.Message;
        Summary = refusal.Message;
    }

    public void Clear()
    {
        _byField.Clear();
        Summary = null;
    }
}
