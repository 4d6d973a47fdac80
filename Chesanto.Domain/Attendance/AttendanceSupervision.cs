using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Attendance;

/// <summary>A supervisor's correction of one employee's day; times are Nairobi's.</summary>
public sealed record AttendanceCorrection(int EmployeeId, DateOnly WorkDate, AttendanceStatus Status, TimeOnly? In, TimeOnly? Out, string Reason);

/// <summary>Supervisors' corrections (audited, with a reason) and the day-end that closes missed clock-outs.</summary>
public sealed class AttendanceSupervision(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, ShiftSchedule schedule, BoardSnapshot boards)
{
    public async Task<AttendanceRecord> CorrectAsync(AttendanceCorrection input)
    {
        var actor = await currentUser.GetAsync();
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = actor;
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == input.EmployeeId)
            ?? throw new DomainException("Choose an employee.", nameof(input.EmployeeId));
        if (!actor.Can(Permissions.CorrectAttendance))
            await RefuseAsync(db, actor, $"Refused: {actor.Name} tried to correct {employee.FullName}'s attendance of {input.WorkDate:yyyy-MM-dd} without the role.",
                new PermissionDeniedException(Permissions.CorrectAttendance));
        if (actor.Role < Role.Admin)
        {
            var own = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.UserId == actor.UserId);
            if (own?.Department != employee.Department)
                await RefuseAsync(db, actor, $"Refused: {actor.Name} tried to correct {employee.FullName}'s attendance outside their department.",
                    new DomainException($"You can correct only your own department's attendance; {employee.FullName} is in {employee.Department}."));
        }
        if (string.IsNullOrWhiteSpace(input.Reason)) throw new DomainException("Say why the record is corrected.", nameof(input.Reason));
        if (input.WorkDate > clock.Today) throw new DomainException("A day in the future cannot be corrected.", nameof(input.WorkDate));
        var shift = schedule.For(input.WorkDate) ?? throw new DomainException("The bakery is closed on that day.", nameof(input.WorkDate));

        var record = await db.Attendance().SingleOrDefaultAsync(a => a.EmployeeId == employee.Id && a.WorkDate == input.WorkDate);
        if (record is null)
        {
            record = new AttendanceRecord { EmployeeId = employee.Id, WorkDate = input.WorkDate, ClockedInVia = actor.Name };
            db.Attendance().Add(record);
        }
        Apply(record, input, shift);
        record.CorrectionReason = input.Reason.Trim();
        record.CorrectedByName = actor.Name;
        record.CorrectedAt = clock.UtcNow;
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { throw new ConcurrencyConflictException(); }
        boards.Invalidate();
        await events.PublishAsync(new AttendanceCorrected(input.WorkDate, employee.Id));
        return record;
    }

    private static void Apply(AttendanceRecord record, AttendanceCorrection input, Shift shift)
    {
        record.Status = input.Status;
        record.MissedClockOut = false;
        if (input.Status != AttendanceStatus.Present)
        {
            (record.ClockInAt, record.ClockOutAt, record.HoursWorked, record.IsLate, record.LateMinutes) = (null, null, null, false, 0);
            return;
        }
        if (input.In is not { } inTime) throw new DomainException("Enter the clock-in time.", nameof(input.In));
        if (input.Out is { } o && o <= inTime) throw new DomainException("The clock-out must be after the clock-in.", nameof(input.Out));
        var inAt = AttendanceTime.At(input.WorkDate, inTime);
        record.ClockInAt = inAt;
        record.IsLate = inAt > shift.LateAfter(input.WorkDate);
        record.LateMinutes = record.IsLate ? (int)(inAt - shift.StartOn(input.WorkDate)).TotalMinutes : 0;
        record.ClockOutAt = input.Out is { } outTime ? AttendanceTime.At(input.WorkDate, outTime) : null;
        record.HoursWorked = record.ClockOutAt is { } outAt ? AttendanceRecord.HoursBetween(inAt, outAt) : null;
    }

    /// <summary>
    /// The day-end job's work: closes every clock-out nobody made on that day at the shift end, flagged for a supervisor.
    /// Running it again changes nothing; before the shift has ended it closes nothing.
    /// </summary>
    public async Task<int> CloseDayAsync(DateOnly day)
    {
        var actor = await currentUser.RequireAsync(Permissions.CorrectAttendance);
        var end = schedule.For(day)?.EndOn(day) ?? AttendanceTime.At(day.AddDays(1), TimeOnly.MinValue);
        if (clock.UtcNow < end) return 0;
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = actor;
        var open = await db.Attendance().Where(a => a.WorkDate == day && a.ClockInAt != null && a.ClockOutAt == null).ToListAsync();
        foreach (var record in open)
        {
            var outAt = record.ClockInAt!.Value > end ? record.ClockInAt.Value : end;
            record.ClockOutAt = outAt;
            record.HoursWorked = AttendanceRecord.HoursBetween(record.ClockInAt.Value, outAt);
            record.MissedClockOut = true;
        }
        if (open.Count == 0) return 0;
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { return await CloseDayAsync(day); }
        boards.Invalidate();
        await events.PublishAsync(new AttendanceCorrected(day, null));
        return open.Count;
    }

    private async Task RefuseAsync(ChesantoDbContext db, Actor actor, string message, DomainException refusal)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.UtcNow, UserId = actor.UserId, UserName = actor.Name, Action = AuditAction.Info,
            Entity = nameof(AttendanceRecord), Message = message, IpAddress = actor.IpAddress,
        });
        await db.SaveChangesAsync();
        throw refusal;
    }
}
