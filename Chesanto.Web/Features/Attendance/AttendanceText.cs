using System.Globalization;
using Chesanto.Domain.Attendance;

namespace Chesanto.Web.Features.Attendance;

/// <summary>How a day reads: "In since 06:04, late 4 min", "Out at 15:34, 9.5 h", "On leave".</summary>
public static class AttendanceText
{
    public static string Status(AttendanceRecord? r) => r switch
    {
        null => "Not clocked in",
        { Status: AttendanceStatus.Leave } => "On leave",
        { Status: AttendanceStatus.Absent } => "Absent",
        { ClockOutAt: { } outAt } => $"Out at {AttendanceTime.Local(outAt)}, {Hours(r.HoursWorked)} h{(r.MissedClockOut ? " (clock-out missed)" : "")}",
        { ClockInAt: { } inAt } => $"In since {AttendanceTime.Local(inAt)}{Late(r.IsLate, r.LateMinutes)}",
        _ => "Not clocked in",
    };

    public static string Late(bool isLate, int minutes) => isLate ? $", late {minutes} min" : "";

    public static string Hours(decimal? hours) => (hours ?? 0m).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? at) => at is { } t ? AttendanceTime.Local(t) : "–";

    public static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
