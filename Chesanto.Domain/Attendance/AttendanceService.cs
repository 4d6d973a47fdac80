using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Attendance;

/// <summary>The signed-in employee's day: their record, the shift and their recent history.</summary>
public sealed record MyAttendance(Employee? Employee, Shift? Shift, AttendanceRecord? Today, IReadOnlyList<AttendanceRecord> Recent);

/// <summary>Clocking in and out (DOMAIN §10): one record per employee per Nairobi business day.</summary>
public sealed class AttendanceService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, ShiftSchedule schedule, BoardSnapshot boards)
{
    public async Task<MyAttendance> MineAsync(int days = 14)
    {
        var actor = await currentUser.RequireAsync(Permissions.SignedIn);
        await using var db = await dbs.CreateDbContextAsync();
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.UserId == actor.UserId);
        var today = clock.Today;
        if (employee is null) return new MyAttendance(null, schedule.For(today), null, []);
        var since = today.AddDays(-days);
        var recent = await db.Attendance().AsNoTracking().Where(a => a.EmployeeId == employee.Id && a.WorkDate >= since)
            .OrderByDescending(a => a.WorkDate).ToListAsync();
        return new MyAttendance(employee, schedule.For(today), recent.FirstOrDefault(a => a.WorkDate == today), recent);
    }

    /// <summary>The signed-in employee clocks in; only for themselves.</summary>
    public async Task<AttendanceRecord> ClockInAsync()
    {
        var (actor, employee) = await SelfAsync();
        return await ClockInAsync(employee, actor, "self", "You");
    }

    public async Task<AttendanceRecord> ClockOutAsync()
    {
        var (actor, employee) = await SelfAsync();
        return await ClockOutAsync(employee, actor, "You");
    }

    private async Task<(Actor, Employee)> SelfAsync()
    {
        var actor = await currentUser.RequireAsync(Permissions.SignedIn);
        await using var db = await dbs.CreateDbContextAsync();
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.UserId == actor.UserId)
            ?? throw new DomainException("Your login is not linked to a staff record yet; ask the accountant to link it.");
        return (actor, employee);
    }

    internal async Task<AttendanceRecord> ClockInAsync(Employee employee, Actor actor, string via, string who)
    {
        var now = clock.UtcNow;
        var day = BusinessClock.BusinessDayOf(now);
        var shift = schedule.For(day) ?? throw new DomainException("The bakery is closed today (Sunday): there is no clock-in.");
        if (employee.Status != EmploymentStatus.Active)
            throw new DomainException($"{employee.FullName} is {employee.Status.ToString().ToLowerInvariant()} on the staff register and cannot clock in.");
        await using (var check = await dbs.CreateDbContextAsync())
            if (await FindAsync(check, employee.Id, day) is { } existing) throw AlreadyIn(existing, who);
        var isLate = now > shift.LateAfter(day);
        var record = new AttendanceRecord
        {
            EmployeeId = employee.Id, WorkDate = day, Status = AttendanceStatus.Present, ClockInAt = now, ClockInIp = actor.IpAddress,
            IsLate = isLate, LateMinutes = isLate ? (int)(now - shift.StartOn(day)).TotalMinutes : 0, ClockedInVia = via,
        };
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = actor;
        db.Attendance().Add(record);
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException)
        {
            // The unique (EmployeeId, WorkDate) index refused a second record: a double click or a replay won the race.
            await using var again = await dbs.CreateDbContextAsync();
            if (await FindAsync(again, employee.Id, day) is { } winner) throw AlreadyIn(winner, who);
            throw;
        }
        boards.Invalidate();
        await events.PublishAsync(new ClockedIn(employee.Id, day, now, record.IsLate, record.LateMinutes));
        return record;
    }

    internal async Task<AttendanceRecord> ClockOutAsync(Employee employee, Actor actor, string who)
    {
        var now = clock.UtcNow;
        var day = BusinessClock.BusinessDayOf(now);
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = actor;
        var record = await db.Attendance().SingleOrDefaultAsync(a => a.EmployeeId == employee.Id && a.WorkDate == day);
        if (record?.ClockInAt is not { } inAt) throw new DomainException(
            $"{who} {(who == "You" ? "have" : "has")} not clocked in today, so there is nothing to clock out.");
        if (record.ClockOutAt is { } outAt) throw new DomainException($"{who} already clocked out today at {AttendanceTime.Local(outAt)}.");
        record.ClockOutAt = now;
        record.ClockOutIp = actor.IpAddress;
        record.HoursWorked = AttendanceRecord.HoursBetween(inAt, now);
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException)
        {
            await using var again = await dbs.CreateDbContextAsync();
            var winner = await FindAsync(again, employee.Id, day);
            throw new DomainException($"{who} already clocked out today at {AttendanceTime.Local(winner?.ClockOutAt ?? now)}.");
        }
        boards.Invalidate();
        await events.PublishAsync(new ClockedOut(employee.Id, day, now, record.HoursWorked.Value));
        return record;
    }

    private static Task<AttendanceRecord?> FindAsync(ChesantoDbContext db, int employeeId, DateOnly day) =>
        db.Attendance().AsNoTracking().SingleOrDefaultAsync(a => a.EmployeeId == employeeId && a.WorkDate == day);

    private static DomainException AlreadyIn(AttendanceRecord existing, string who) => existing.Status switch
    {
        AttendanceStatus.Leave => new DomainException($"{who} {(who == "You" ? "are" : "is")} on leave today."),
        AttendanceStatus.Absent => new DomainException("Today is already recorded as absent; ask your supervisor to correct it."),
        _ => new DomainException($"{who} already clocked in today at {AttendanceTime.Local(existing.ClockInAt!.Value)}."),
    };
}

public static class AttendanceTime
{
    public static string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, BusinessClock.Nairobi).ToString("HH:mm");
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), BusinessClock.Nairobi.BaseUtcOffset);
}

internal static class AttendanceSets
{
    public static DbSet<AttendanceRecord> Attendance(this ChesantoDbContext db) => db.Set<AttendanceRecord>();
    public static DbSet<AttendancePin> AttendancePins(this ChesantoDbContext db) => db.Set<AttendancePin>();
}
