using Chesanto.Domain.Common;

namespace Chesanto.Domain.Attendance;

/// <summary>One shift: its local start and end and how many minutes after the start still count as on time.</summary>
public sealed class Shift
{
    public TimeOnly Start { get; set; } = new(6, 0);
    public TimeOnly End { get; set; } = new(18, 0);
    public int GraceMinutes { get; set; } = 15;

    public DateTimeOffset StartOn(DateOnly day) => At(day, Start);
    public DateTimeOffset EndOn(DateOnly day) => At(day, End);
    public DateTimeOffset LateAfter(DateOnly day) => StartOn(day).AddMinutes(GraceMinutes);

    private static DateTimeOffset At(DateOnly day, TimeOnly time) =>
        new(day.ToDateTime(time), BusinessClock.Nairobi.BaseUtcOffset);
}

/// <summary>
/// The bakery's hours (DOMAIN §0): Mon–Fri 06:00–18:00, Saturday 06:00–14:00, Sunday closed; grace 15 minutes.
/// Bound from the "Attendance" configuration section, so a shift (or the grace) can change without a release.
/// </summary>
public sealed class ShiftSchedule
{
    public Shift? Weekday { get; set; } = new();
    public Shift? Saturday { get; set; } = new() { End = new(14, 0) };
    /// <summary>Null: closed.</summary>
    public Shift? Sunday { get; set; }

    /// <summary>The shift on this day, or null when the bakery is closed.</summary>
    public Shift? For(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Sunday => Sunday,
        DayOfWeek.Saturday => Saturday,
        _ => Weekday,
    };

    /// <summary>Open days in [from, to], inclusive.</summary>
    public IEnumerable<DateOnly> OpenDays(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
            if (For(d) is not null) yield return d;
    }
}
