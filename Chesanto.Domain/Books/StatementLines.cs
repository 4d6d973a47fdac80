using System.Globalization;
using Chesanto.Domain.Accounting;

namespace Chesanto.Domain.Books;

/// <summary>
/// Collects a statement's lines per section in the order they are first added; amounts for the same label (any case)
/// add up and their sources are listed together, so "Fuel Old Truck" from the fuel account and "Fuel old truck"
/// typed in the cash-book make one line.
/// </summary>
internal sealed class StatementLines
{
    private readonly Dictionary<PnlSection, List<(string Label, decimal Amount, List<string> Sources)>> _sections = [];

    public void Add(PnlSection section, string label, decimal amount, string source)
    {
        if (!_sections.TryGetValue(section, out var lines)) _sections[section] = lines = [];
        var at = lines.FindIndex(l => string.Equals(l.Label, label, StringComparison.OrdinalIgnoreCase));
        if (at < 0) lines.Add((label, amount, [source]));
        else lines[at] = (lines[at].Label, lines[at].Amount + amount, [.. lines[at].Sources, source]);
    }

    public IReadOnlyList<PnlLine> Of(PnlSection section) =>
        _sections.TryGetValue(section, out var lines) ? lines.Select(l => new PnlLine(l.Label, l.Amount, string.Join("; ", l.Sources))).ToList() : [];

    public PnlBlock Block(PnlSection section) => new(section, section.Title(), Of(section));

    public static string Kes(decimal amount) => amount.ToString("#,##0.##", CultureInfo.InvariantCulture);

    public static string Count(int count, string thing) => $"{count} {thing}{(count == 1 ? "" : "s")}";
}
