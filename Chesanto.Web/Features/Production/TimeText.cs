using System.Globalization;

namespace Chesanto.Web.Features.Production;

/// <summary>Times as the browser's time input sends them ("HH:mm"); blank is no time.</summary>
public static class TimeText
{
    public static TimeOnly? Parse(string? text) =>
        TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var time) ? time : null;

    public static string? Show(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Span(TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        (null, null) => "",
        (_, null) => $"from {Show(start)}",
        (null, _) => $"until {Show(end)}",
        _ => $"{Show(start)}–{Show(end)}",
    };
}
