using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;

namespace Chesanto.Domain.Attendance;

public enum AttendanceStatus { Present, Absent, Leave }

/// <summary>
/// One employee's attendance on one Nairobi business day (DOMAIN §10). The unique (EmployeeId, WorkDate) index is
/// what makes a double click or a reconnect replay harmless: the second insert cannot happen.
/// </summary>
public class AttendanceRecord : IAudited, IVersioned
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
    public DateOnly WorkDate { get; set; }
    public AttendanceStatus Status { get; set; } = AttendanceStatus.Present;
    public DateTimeOffset? ClockInAt { get; set; }
    public DateTimeOffset? ClockOutAt { get; set; }
    public string? ClockInIp { get; set; }
    public string? ClockOutIp { get; set; }
    /// <summary>Out minus in, in hours to 2 dp; set at clock-out.</summary>
    public decimal? HoursWorked { get; set; }
    public bool IsLate { get; set; }
    /// <summary>Whole minutes after the shift start (not after the grace), when late.</summary>
    public int LateMinutes { get; set; }
    /// <summary>The day-end closed a clock-out nobody made, at the shift end; a supervisor should check it.</summary>
    public bool MissedClockOut { get; set; }
    /// <summary>"self", "kiosk" or the supervisor who entered it.</summary>
    public string ClockedInVia { get; set; } = "self";
    public string? CorrectionReason { get; set; }
    public string? CorrectedByName { get; set; }
    public DateTimeOffset? CorrectedAt { get; set; }
    public Guid Version { get; set; }

    public bool IsIn => ClockInAt is not null && ClockOutAt is null;

    public static decimal HoursBetween(DateTimeOffset from, DateTimeOffset to) =>
        Math.Max(0m, decimal.Round((decimal)(to - from).TotalHours, 2, MidpointRounding.AwayFromZero));
}
