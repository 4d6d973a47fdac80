using Chesanto.Domain.Common;

namespace Chesanto.Domain.Attendance;

public sealed record ClockedIn(int EmployeeId, DateOnly WorkDate, DateTimeOffset At, bool IsLate, int LateMinutes) : IDomainEvent;
public sealed record ClockedOut(int EmployeeId, DateOnly WorkDate, DateTimeOffset At, decimal HoursWorked) : IDomainEvent;
/// <summary>A supervisor's correction or the day-end changed records of that day.</summary>
public sealed record AttendanceCorrected(DateOnly WorkDate, int? EmployeeId) : IDomainEvent;
/// <summary>Someone expected had not clocked in by shift start + 30 min (the SMS issue sends it as an SMS).</summary>
public sealed record NotClockedIn(int EmployeeId, string EmployeeNumber, string Name, string Phone, DateOnly WorkDate) : IDomainEvent;
