using System.Globalization;
using Chesanto.Domain.Reports;

namespace Chesanto.Web.Features.Reports;

public static class ReportText
{
    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
    public static string Count(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + " %" : "–";
    public static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);
    public static string Slug(ReportKind kind) => kind.ToString().ToLowerInvariant();

    public static ReportKind? Kind(string? slug) => Enum.TryParse<ReportKind>(slug, ignoreCase: true, out var kind) ? kind : null;

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Green for a gain, red for a loss (DOMAIN §8.2 colours).</summary>
    public static string Sign(decimal amount) => amount > 0 ? "good" : amount < 0 ? "bad" : "";

    /// <summary>Red when anything is short.</summary>
    public static string Short(decimal amount) => amount > 0 ? "bad" : "";

    public static string ExportLink(ReportKind kind, DateOnly start) => $"/export/reports/report.xlsx?kind={Slug(kind)}&start={ReportPeriod.Key(start)}";
}
