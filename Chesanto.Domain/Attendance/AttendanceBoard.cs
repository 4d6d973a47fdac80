using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Attendance;

public enum BoardState { In, Out, Absent, Leave }

public sealed record BoardLine(int EmployeeId, string EmployeeNumber, string Name, Department Department, BoardState State,
    DateTimeOffset? Since, DateTimeOffset? Until, bool IsLate, int LateMinutes, decimal? Hours, bool MissedClockOut);

public sealed record BoardView(DateOnly Day, Shift? Shift, IReadOnlyList<BoardLine> Lines)
{
    public int Count(BoardState state) => Lines.Count(l => l.State == state);
    public int Late => Lines.Count(l => l.IsLate);
}

/// <summary>Who is expected today and where they are: the live board and the morning reminder hook.</summary>
public sealed class AttendanceBoard(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, ShiftSchedule schedule, BoardSnapshot snapshot)
{
    /// <summary>How long after the shift start someone still not clocked in is reminded.</summary>
    public static readonly TimeSpan ReminderAfter = TimeSpan.FromMinutes(30);

    public async Task<BoardView> TodayAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewAttendanceBoard);
        var day = clock.Today;
        return await snapshot.GetAsync(day, () => LoadAsync(day));
    }

    private async Task<BoardView> LoadAsync(DateOnly day)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var records = await db.Attendance().AsNoTracking().Include(a => a.Employee).Where(a => a.WorkDate == day).ToListAsync();
        var shift = schedule.For(day);
        var expected = shift is null ? [] : await ExpectedAsync(db, day);
        var people = expected.Concat(records.Select(r => r.Employee!)).DistinctBy(e => e.Id);
        var lines = people.Select(e => Line(e, records.FirstOrDefault(r => r.EmployeeId == e.Id)))
            .OrderBy(l => l.Department).ThenBy(l => l.Name).ToList();
        return new BoardView(day, shift, lines);
    }

    /// <summary>
    /// The reminder hook (the SMS issue sends these): one <see cref="NotClockedIn"/> event per employee expected today
    /// who has no record by shift start + 30 min. Before that moment, or on a closed day, nobody is reminded.
    /// </summary>
    public async Task<IReadOnlyList<NotClockedIn>> RemindMissingClockInsAsync()
    {
        await currentUser.RequireAsync(Permissions.CorrectAttendance);
        var day = clock.Today;
        if (schedule.For(day) is not { } shift || clock.UtcNow < shift.StartOn(day) + ReminderAfter) return [];
        await using var db = await dbs.CreateDbContextAsync();
        var recorded = await db.Attendance().Where(a => a.WorkDate == day).Select(a => a.EmployeeId).ToListAsync();
        var missing = (await ExpectedAsync(db, day)).Where(e => !recorded.Contains(e.Id))
            .Select(e => new NotClockedIn(e.Id, e.EmployeeNumber, e.FullName, e.PhonePrimary, day)).ToList();
        foreach (var reminder in missing) await events.PublishAsync(reminder);
        return missing;
    }

    /// <summary>Active employees already hired and not yet gone on that day.</summary>
    internal static async Task<List<Employee>> ExpectedAsync(ChesantoDbContext db, DateOnly day) =>
        await db.Employees.AsNoTracking()
            .Where(e => e.Status == EmploymentStatus.Active && e.HireDate <= day && (e.TerminationDate == null || e.TerminationDate >= day))
            .ToListAsync();

    private static BoardLine Line(Employee e, AttendanceRecord? r)
    {
        var state = r switch
        {
            null or { Status: AttendanceStatus.Absent } => BoardState.Absent,
            { Status: AttendanceStatus.Leave } => BoardState.Leave,
            { ClockOutAt: not null } => BoardState.Out,
            _ => BoardState.In,
        };
        return new BoardLine(e.Id, e.EmployeeNumber, e.FullName, e.Department, state, r?.ClockInAt, r?.ClockOutAt,
            r?.IsLate ?? false, r?.LateMinutes ?? 0, r?.HoursWorked, r?.MissedClockOut ?? false);
    }
}
