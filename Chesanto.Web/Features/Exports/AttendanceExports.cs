using Chesanto.Domain.Attendance;
using Chesanto.Domain.People;

namespace Chesanto.Web.Features.Exports;

/// <summary>The attendance report of a week or month, one row per employee, as on the reports page.</summary>
public sealed class AttendanceExports(AttendanceReports reports)
{
    private static readonly ExcelColumn<AttendanceSummary>[] Columns =
    [
        new("Staff no.", s => s.EmployeeNumber),
        new("Name", s => s.Name),
        new("Department", s => s.Department.ToString()),
        new("Days expected", s => s.DaysExpected, CellKind.Integer),
        new("Days present", s => s.DaysPresent, CellKind.Integer),
        new("Days absent", s => s.DaysAbsent, CellKind.Integer),
        new("Days on leave", s => s.DaysLeave, CellKind.Integer),
        new("Times late", s => s.LateCount, CellKind.Integer),
        new("Minutes late", s => s.LateMinutes, CellKind.Integer),
        new("Hours worked", s => s.Hours, CellKind.Quantity, 2),
        new("Missed clock-outs", s => s.MissedClockOuts, CellKind.Integer),
    ];

    public async Task<byte[]> SummaryAsync(AttendancePeriod period, Department? department)
    {
        var rows = await reports.SummaryAsync(period, department);
        using var workbook = new ExcelWorkbook().AddSheet("Attendance", Columns, rows);
        return workbook.ToBytes();
    }
}
