using System.Globalization;
using System.Text.Json;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Reports;

public enum ReportKind { Daily, Weekly, Monthly }

/// <summary>
/// A stored report (DOMAIN §8.1): the figures of one day, week (Monday–Sunday) or month as they stood when it was
/// generated. Never edited; a superadmin's regeneration after correcting closed books keeps the old snapshot as a
/// <see cref="SupersededReport"/>.
/// </summary>
public class StoredReport
{
    public int Id { get; set; }
    public ReportKind Kind { get; set; }
    /// <summary>The key: the day, the Monday, or the first of the month.</summary>
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string SnapshotJson { get; set; } = "{}";
    public int Revision { get; set; } = 1;
    public DateTimeOffset GeneratedAt { get; set; }
    public string GeneratedByName { get; set; } = "";
    public DateTimeOffset? EmailedAt { get; set; }
    public List<SupersededReport> Superseded { get; set; } = [];

    public ReportSnapshot Snapshot => ReportSnapshot.Read(SnapshotJson);
    public string Title => ReportPeriod.Title(Kind, PeriodStart, PeriodEnd);
    public string Link => ReportPeriod.Link(Kind, PeriodStart);
}

/// <summary>An earlier snapshot of a regenerated report, kept with who replaced it and why.</summary>
public class SupersededReport
{
    public int Id { get; set; }
    public int StoredReportId { get; set; }
    public int Revision { get; set; }
    public string SnapshotJson { get; set; } = "{}";
    public DateTimeOffset GeneratedAt { get; set; }
    public string GeneratedByName { get; set; } = "";
    public DateTimeOffset SupersededAt { get; set; }
    public string SupersededByName { get; set; } = "";
    public string Reason { get; set; } = "";
}

/// <summary>Which stored reports a user is emailed. No row: a superadmin gets all, anyone else none.</summary>
public class ReportSubscription
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public bool Daily { get; set; }
    public bool Weekly { get; set; }
    public bool Monthly { get; set; }

    public bool Wants(ReportKind kind) => new ReportChoice(Daily, Weekly, Monthly).Wants(kind);
}

public sealed record ReportChoice(bool Daily, bool Weekly, bool Monthly)
{
    public bool Wants(ReportKind kind) => kind switch
    {
        ReportKind.Daily => Daily,
        ReportKind.Weekly => Weekly,
        _ => Monthly,
    };
}

/// <summary>The period a kind and key stand for, checked.</summary>
public static class ReportPeriod
{
    public static DateOnly End(ReportKind kind, DateOnly start) => kind switch
    {
        ReportKind.Daily => start,
        ReportKind.Weekly => start.AddDays(6),
        _ => start.AddMonths(1).AddDays(-1),
    };

    public static void Check(ReportKind kind, DateOnly start)
    {
        if (kind == ReportKind.Weekly && start.DayOfWeek != DayOfWeek.Monday)
            throw new DomainException("A weekly report starts on a Monday.", "PeriodStart");
        if (kind == ReportKind.Monthly && start.Day != 1)
            throw new DomainException("A monthly report starts on the first of the month.", "PeriodStart");
    }

    /// <summary>The Monday of the week (Monday–Sunday) holding <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static string Key(DateOnly start) => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Link(ReportKind kind, DateOnly start) => $"reports/{kind.ToString().ToLowerInvariant()}/{Key(start)}";

    public static string Title(ReportKind kind, DateOnly start, DateOnly end) => kind switch
    {
        ReportKind.Daily => "Daily report " + start.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
        ReportKind.Weekly => $"Weekly report {start.ToString("d MMM", CultureInfo.InvariantCulture)} – {end.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
        _ => "Monthly report " + start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
    };

    internal static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
