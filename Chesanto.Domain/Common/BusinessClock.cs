namespace Chesanto.Domain.Common;

/// <summary>The bakery's clock: every "today" and "now" is Nairobi's (EAT, UTC+3, no DST).</summary>
public sealed class BusinessClock(TimeProvider time)
{
    public static readonly TimeZoneInfo Nairobi = FindNairobi();

    /// <summary>The clock underneath, for timers that must tick on the same (in tests, fake) time.</summary>
    public TimeProvider Time => time;
    public DateTimeOffset UtcNow => time.GetUtcNow();
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Nairobi);
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public static DateOnly BusinessDayOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Nairobi).DateTime);

    private static TimeZoneInfo FindNairobi()
    {
        foreach (var id in new[] { "Africa/Nairobi", "E. Africa Standard Time" })
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        // Machines without tzdata: EAT has had no DST since 1942, so a fixed offset is exact.
        return TimeZoneInfo.CreateCustomTimeZone("Africa/Nairobi", TimeSpan.FromHours(3), "EAT", "EAT");
    }
}
