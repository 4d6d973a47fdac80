using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Attendance;

public sealed class SupervisionTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private ApplicationUser baker = null!, productionHead = null!, salesHead = null!, salesman = null!;
    private Employee bakerRecord = null!, ovenRecord = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        baker = await host.CreateUserAsync("baker@chesanto.test", Role.Dispatch);
        productionHead = await host.CreateUserAsync("head@chesanto.test", Role.DeptHead);
        salesHead = await host.CreateUserAsync("saleshead@chesanto.test", Role.DeptHead);
        salesman = await host.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        bakerRecord = await Staff.AddAsync(host, "CHE010", "Baker", Department.Production, baker);
        ovenRecord = await Staff.AddAsync(host, "CHE011", "Oven", Department.Production);
        await Staff.AddAsync(host, "CHE012", "Head", Department.Production, productionHead);
        await Staff.AddAsync(host, "CHE013", "Sales", Department.Sales, salesHead);
        host.SetNairobi(25, 5, 0);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task ClockInBakerAsync(int hour, int minute)
    {
        host.ActAs(baker);
        host.SetNairobi(25, hour, minute);
        await host.Get<AttendanceService>().ClockInAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = await host.NewDbAsync();
        return await db.AuditEntries.Where(a => a.Entity == nameof(AttendanceRecord)).OrderBy(a => a.Id).ToListAsync();
    }

    private static AttendanceCorrection Fix(int employeeId, TimeOnly? inAt, TimeOnly? outAt, string reason = "Forgot to clock out; left at 16:00",
        AttendanceStatus status = AttendanceStatus.Present) => new(employeeId, new DateOnly(2026, 11, 25), status, inAt, outAt, reason);

    [Fact]
    public async Task The_department_head_corrects_a_record_with_a_reason_and_the_change_is_audited()
    {
        await ClockInBakerAsync(6, 40);
        host.ActAs(productionHead);
        host.SetNairobi(25, 17, 0);

        var record = await host.Get<AttendanceSupervision>().CorrectAsync(Fix(bakerRecord.Id, new(6, 5), new(16, 0), "Gate log shows 06:05"));

        Assert.Equal((false, 0, 9.92m, "Gate log shows 06:05", "head@chesanto.test"),
            (record.IsLate, record.LateMinutes, record.HoursWorked, record.CorrectionReason, record.CorrectedByName));
        var update = (await AuditAsync()).Last();
        Assert.Equal((AuditAction.Update, "head@chesanto.test"), (update.Action, update.UserName));
        Assert.Contains("Gate log shows 06:05", update.Changes);
        Assert.Contains("ClockInAt", update.Changes);
    }

    [Fact]
    public async Task A_correction_needs_a_reason_and_a_clock_out_after_the_clock_in()
    {
        host.ActAs(productionHead);
        var supervision = host.Get<AttendanceSupervision>();

        var noReason = await Assert.ThrowsAsync<DomainException>(() => supervision.CorrectAsync(Fix(ovenRecord.Id, new(6, 0), null, " ")));
        var backwards = await Assert.ThrowsAsync<DomainException>(() => supervision.CorrectAsync(Fix(ovenRecord.Id, new(9, 0), new(8, 0))));

        Assert.Equal(("Reason", "Out"), (noReason.Field, backwards.Field));
    }

    [Fact]
    public async Task A_supervisor_marks_someone_on_leave_and_then_that_person_cannot_clock_in()
    {
        host.ActAs(productionHead);
        await host.Get<AttendanceSupervision>().CorrectAsync(Fix(bakerRecord.Id, null, null, "Annual leave", AttendanceStatus.Leave));

        host.ActAs(baker);
        var refused = await Assert.ThrowsAsync<DomainException>(() => host.Get<AttendanceService>().ClockInAsync());

        Assert.Equal("You are on leave today.", refused.Message);
    }

    [Fact]
    public async Task Editing_a_record_without_the_role_or_outside_ones_department_is_refused_and_audited()
    {
        await ClockInBakerAsync(6, 40);

        host.ActAs(salesman);
        var noRole = await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<AttendanceSupervision>().CorrectAsync(Fix(bakerRecord.Id, new(6, 0), null)));
        host.ActAs(salesHead);
        var otherDepartment = await Assert.ThrowsAsync<DomainException>(() => host.Get<AttendanceSupervision>().CorrectAsync(Fix(bakerRecord.Id, new(6, 0), null)));

        Assert.Equal(Permissions.CorrectAttendance, noRole.Permission);
        Assert.Contains("only your own department", otherDepartment.Message);
        var refusals = (await AuditAsync()).Where(a => a.Message?.StartsWith("Refused") == true).ToList();
        Assert.Equal(["sales@chesanto.test", "saleshead@chesanto.test"], refusals.Select(a => a.UserName));
        await using var db = await host.NewDbAsync();
        Assert.Equal(Staff.Nairobi(25, 6, 40), (await db.Set<AttendanceRecord>().SingleAsync()).ClockInAt);
    }

    [Fact]
    public async Task The_day_end_closes_missed_clock_outs_at_the_shift_end_flags_them_and_is_idempotent()
    {
        await ClockInBakerAsync(6, 0);
        host.CurrentUser.Actor = Actor.System;
        var supervision = host.Get<AttendanceSupervision>();
        var today = new DateOnly(2026, 11, 25);

        host.SetNairobi(25, 17, 59);
        Assert.Equal(0, await supervision.CloseDayAsync(today));
        host.SetNairobi(25, 21, 0);
        Assert.Equal(1, await supervision.CloseDayAsync(today));
        Assert.Equal(0, await supervision.CloseDayAsync(today));

        await using var db = await host.NewDbAsync();
        var record = await db.Set<AttendanceRecord>().SingleAsync();
        Assert.Equal((Staff.Nairobi(25, 18, 0), 12m, true), (record.ClockOutAt, record.HoursWorked, record.MissedClockOut));
    }

    [Fact]
    public async Task Everyone_expected_and_not_in_by_0630_gets_a_reminder_event()
    {
        await ClockInBakerAsync(6, 5);
        host.CurrentUser.Actor = Actor.System;
        var reminded = new List<NotClockedIn>();
        using var _ = host.Get<IEventHub>().Subscribe<NotClockedIn>(e => { reminded.Add(e); return Task.CompletedTask; });

        host.SetNairobi(25, 6, 29);
        Assert.Empty(await host.Get<AttendanceBoard>().RemindMissingClockInsAsync());
        host.SetNairobi(25, 6, 30);
        var due = await host.Get<AttendanceBoard>().RemindMissingClockInsAsync();

        Assert.Equal(["CHE011", "CHE012", "CHE013"], due.Select(d => d.EmployeeNumber).Order());
        Assert.Equal(due, reminded);
        Assert.Equal("+254712000011", due.Single(d => d.EmployeeNumber == "CHE011").Phone);
    }

    [Fact]
    public async Task The_board_lists_everyone_expected_by_department_with_counters()
    {
        await ClockInBakerAsync(6, 20);
        host.ActAs(productionHead);
        await host.Get<AttendanceSupervision>().CorrectAsync(Fix(ovenRecord.Id, null, null, "Sick leave", AttendanceStatus.Leave));
        await Staff.AddAsync(host, "CHE099", "Future", hired: new DateOnly(2026, 12, 1));

        var board = await host.Get<AttendanceBoard>().TodayAsync();

        Assert.Equal(["Production", "Production", "Production", "Sales"], board.Lines.Select(l => l.Department.ToString()));
        var bakerLine = board.Lines.Single(l => l.EmployeeNumber == "CHE010");
        Assert.Equal((BoardState.In, true, 20), (bakerLine.State, bakerLine.IsLate, bakerLine.LateMinutes));
        Assert.Equal((1, 0, 2, 1, 1), (board.Count(BoardState.In), board.Count(BoardState.Out), board.Count(BoardState.Absent), board.Count(BoardState.Leave), board.Late));
    }

    [Fact]
    public async Task The_shared_board_snapshot_follows_clock_ins_and_staff_edits()
    {
        host.ActAs(productionHead);
        var before = await host.Get<AttendanceBoard>().TodayAsync();
        Assert.Same(before, await host.Get<AttendanceBoard>().TodayAsync());

        await ClockInBakerAsync(6, 10);
        host.ActAs(productionHead);
        var afterClockIn = await host.Get<AttendanceBoard>().TodayAsync();
        Assert.Equal(BoardState.In, afterClockIn.Lines.Single(l => l.EmployeeNumber == "CHE010").State);

        host.CurrentUser.Actor = Actor.System;
        var oven = (await host.Get<EmployeeService>().GetAsync(ovenRecord.Id))!;
        oven.FirstName = "Kiln";
        await host.Get<EmployeeService>().SaveAsync(oven);
        host.ActAs(productionHead);
        Assert.Equal("Kiln Wanjiru", (await host.Get<AttendanceBoard>().TodayAsync()).Lines.Single(l => l.EmployeeNumber == "CHE011").Name);

        await Staff.AddAsync(host, "CHE014", "Direct"); // no event: shows once the snapshot is older than its maximum age
        Assert.DoesNotContain((await host.Get<AttendanceBoard>().TodayAsync()).Lines, l => l.EmployeeNumber == "CHE014");
        host.Time.Advance(BoardSnapshot.MaxAge);
        Assert.Contains((await host.Get<AttendanceBoard>().TodayAsync()).Lines, l => l.EmployeeNumber == "CHE014");
    }

    [Fact]
    public async Task The_board_is_for_department_heads_and_above()
    {
        host.ActAs(salesman);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<AttendanceBoard>().TodayAsync());
    }
}
