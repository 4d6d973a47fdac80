using System.Globalization;
using System.Text.RegularExpressions;
using Chesanto.Domain.People;

namespace Chesanto.Web.Features.People;

public sealed record FieldDifference(string Field, string Label, string Mine, string Saved);

/// <summary>What differs between the form and the record someone else saved meanwhile, field by field.</summary>
public static partial class EmployeeDifferences
{
    private static readonly HashSet<string> NotCompared =
        [nameof(Employee.Id), nameof(Employee.Version), nameof(Employee.CreatedAt), nameof(Employee.UserId)];

    public static IReadOnlyList<FieldDifference> Between(Employee mine, Employee saved) =>
        typeof(Employee).GetProperties()
            .Where(p => p.CanWrite && !NotCompared.Contains(p.Name))
            .Select(p => (p.Name, Mine: p.GetValue(mine), Saved: p.GetValue(saved)))
            .Where(x => !Equals(x.Mine, x.Saved))
            .Select(x => new FieldDifference(x.Name, Label(x.Name), Shown(x.Mine), Shown(x.Saved)))
            .ToList();

    private static string Label(string property)
    {
        var words = Words().Replace(property, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string Shown(object? value) => value switch
    {
        null => "—",
        string s when string.IsNullOrWhiteSpace(s) => "—",
        decimal d => d.ToString("N2", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex("(?<!^)([A-Z])")] private static partial Regex Words();
}
