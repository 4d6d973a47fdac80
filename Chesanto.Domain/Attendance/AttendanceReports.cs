using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Attendance;

public sealed record AttendanceSummary(int EmployeeId, string EmployeeNumber, string Name, Department Department,
    int DaysExpected, int DaysPresent, int DaysLeave, int DaysAbsent, int LateCount, int LateMinutes, decimal Hours, int MissedClockOuts);

public sealed record AttendancePeriod(DateOnly From, DateOnly To, string Label)
{
    /// <summary>The Monday-to-Sunday week holding the day.</summary>
    public static AttendancePeriod WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(6), $"Week of {monday:d MMM yyyy}");
    }

    public static AttendancePeriod MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), $"{first:MMMM yyyy}");
    }
}

/// <summary>
/// Weekly and monthly attendance per employee (DOMAIN §10): days present, late count and minutes, hours, and absences,
/// which feed payroll's days absent. An open day (Mon–Sat) with no record up to today counts as absent.
/// </summary>
public sealed class AttendanceReports(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock, ShiftSchedule schedule)
{
    public async Task<IReadOnlyList<AttendanceSummary>> SummaryAsync(AttendancePeriod period, Department? department = null)
    {
        await currentUser.RequireAsync(Permissions.ViewAttendanceReports);
        await using var db = await dbs.CreateDbContextAsync();
        var records = await db.Attendance().AsNoTracking().Where(a => a.WorkDate >= period.From && a.WorkDate <= period.To).ToListAsync();
        var withRecords = records.Select(r => r.EmployeeId).Distinct().ToList();
        var employees = await db.Employees.AsNoTracking()
            .Where(e => (e.Status == EmploymentStatus.Active && e.HireDate <= period.To) || withRecords.Contains(e.Id))
            .Where(e => department == null || e.Department == department).ToListAsync();
        var lastDay = period.To < clock.Today ? period.To : clock.Today;
        return employees.Select(e => Summarise(e, records.Where(r => r.EmployeeId == e.Id).ToList(), period.From, lastDay))
            .OrderBy(s => s.Department).ThenBy(s => s.Name).ToList();
    }

    /// <summary>Payroll's days absent for one employee in a month (the workbook pays (30 - absent) / 30).</summary>
    public async Task<int> DaysAbsentAsync(int employeeId, int year, int month)
    {
        var summary = await SummaryAsync(AttendancePeriod.MonthOf(new DateOnly(year, month, 1)));
        return summary.SingleOrDefault(s => s.EmployeeId == employeeId)?.DaysAbsent ?? 0;
    }

    private AttendanceSummary Summarise(Employee e, List<AttendanceRecord> records, DateOnly from, DateOnly to)
    {
        var start = e.HireDate > from ? e.HireDate : from;
        var end = e.TerminationDate is { } t && t < to ? t : to;
        var expected = e.Status == EmploymentStatus.Active ? schedule.OpenDays(start, end).Count() : 0;
        var present = records.Where(r => r.Status == AttendanceStatus.Present).ToList();
        var leave = records.Count(r => r.Status == AttendanceStatus.Leave);
        return new AttendanceSummary(e.Id, e.EmployeeNumber, e.FullName, e.Department, expected, present.Count, leave,
            Math.Max(0, expected - present.Count - leave), present.Count(r => r.IsLate), present.Sum(r => r.LateMinutes),
            present.Sum(r => r.HoursWorked ?? 0m), present.Count(r => r.MissedClockOut));
    }
}
