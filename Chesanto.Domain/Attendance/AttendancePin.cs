namespace Chesanto.Domain.Attendance;

/// <summary>An employee's kiosk PIN, hashed (never stored or audited in clear).</summary>
public class AttendancePin
{
    public int EmployeeId { get; set; }
    public string PinHash { get; set; } = "";
    public DateTimeOffset SetAt { get; set; }
}
