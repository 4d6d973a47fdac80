namespace Chesanto.Web.Features.Analytics;

/// <summary>The quick picks of the analytics filter, relative to the business day (weeks start on Monday).</summary>
public static class RangePicks
{
    public static readonly string[] Picks = ["This week", "This month", "Last month", "Last 90 days"];

    public static (DateOnly From, DateOnly To) Of(string pick, DateOnly today) => pick switch
    {
        "This week" => (today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), today),
        "Last month" => (new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddDays(-1)),
        "Last 90 days" => (today.AddDays(-89), today),
        _ => (new DateOnly(today.Year, today.Month, 1), today),
    };
}
