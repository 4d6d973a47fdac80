using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Attendance;

public sealed class ClockingTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private ApplicationUser grace = null!;
    private Employee graceRecord = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        grace = await host.CreateUserAsync("grace@chesanto.test", Role.Salesman);
        graceRecord = await Staff.AddAsync(host, "CHE028", "Grace", Department.Sales, grace);
        host.ActAs(grace);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private AttendanceService Attendance => host.Get<AttendanceService>();

    private async Task<int> RecordsAsync()
    {
        await using var db = await host.NewDbAsync();
        return await db.Set<AttendanceRecord>().CountAsync();
    }

    [Fact]
    public async Task Clocking_in_at_0610_on_a_weekday_is_on_time_and_keeps_the_ip_and_the_business_day()
    {
        host.SetNairobi(25, 6, 10);

        var record = await Attendance.ClockInAsync();

        Assert.Equal((false, 0), (record.IsLate, record.LateMinutes));
        Assert.Equal((new DateOnly(2026, 11, 25), "127.0.0.1", "self"), (record.WorkDate, record.ClockInIp, record.ClockedInVia));
        Assert.Equal(Staff.Nairobi(25, 6, 10), record.ClockInAt);
    }

    [Theory]
    [InlineData(6, 15, 0, false, 0)]
    [InlineData(6, 15, 30, true, 15)]
    [InlineData(6, 16, 0, true, 16)]
    [InlineData(7, 2, 0, true, 62)]
    public async Task Late_means_after_0600_plus_15_minutes_and_counts_minutes_from_0600(int hour, int minute, int second, bool late, int minutes)
    {
        host.SetNairobi(25, hour, minute, second);

        var record = await Attendance.ClockInAsync();

        Assert.Equal((late, minutes), (record.IsLate, record.LateMinutes));
    }

    [Fact]
    public async Task The_grace_is_configurable_per_shift()
    {
        host.Get<ShiftSchedule>().Weekday!.GraceMinutes = 30;
        host.SetNairobi(25, 6, 25);

        Assert.False((await Attendance.ClockInAsync()).IsLate);
    }

    [Fact]
    public async Task Saturday_runs_0600_to_1400_and_sunday_is_closed()
    {
        host.SetNairobi(28, 6, 20);
        Assert.Equal(20, (await Attendance.ClockInAsync()).LateMinutes);

        host.SetNairobi(29, 7, 0);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Attendance.ClockInAsync());
        Assert.Contains("closed today (Sunday)", refused.Message);
        Assert.Equal(1, await RecordsAsync());
        Assert.Equal(new TimeOnly(14, 0), host.Get<ShiftSchedule>().For(new DateOnly(2026, 11, 28))!.End);
    }

    [Fact]
    public async Task A_second_clock_in_the_same_day_is_refused_with_the_first_time()
    {
        host.SetNairobi(25, 6, 4);
        await Attendance.ClockInAsync();
        host.SetNairobi(25, 9, 0);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Attendance.ClockInAsync());

        Assert.Equal("You already clocked in today at 06:04.", refused.Message);
        Assert.Equal(1, await RecordsAsync());
    }

    [Fact]
    public async Task Eight_parallel_clock_ins_against_one_sqlite_file_make_one_record_and_seven_refusals()
    {
        host.SetNairobi(25, 6, 4);
        var services = Enumerable.Range(0, 8).Select(_ => host.Get<AttendanceService>()).ToList();

        var attempts = services.Select(async s =>
        {
            try { await s.ClockInAsync(); return "in"; }
            catch (DomainException e) { return e.Message; }
        });
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r == "in");
        Assert.All(results.Where(r => r != "in"), r => Assert.Equal("You already clocked in today at 06:04.", r));
        Assert.Equal(1, await RecordsAsync());
    }

    [Fact]
    public async Task Clocking_out_computes_the_hours_and_a_second_clock_out_is_refused()
    {
        host.SetNairobi(25, 6, 4);
        await Attendance.ClockInAsync();
        host.SetNairobi(25, 15, 34);

        var record = await Attendance.ClockOutAsync();
        Assert.Equal((9.5m, "127.0.0.1"), (record.HoursWorked, record.ClockOutIp));

        host.SetNairobi(25, 15, 40);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Attendance.ClockOutAsync());
        Assert.Equal("You already clocked out today at 15:34.", refused.Message);
    }

    [Fact]
    public async Task There_is_no_clock_out_without_a_clock_in()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Attendance.ClockOutAsync());

        Assert.Equal("You have not clocked in today, so there is nothing to clock out.", refused.Message);
    }

    [Fact]
    public async Task Someone_whose_login_is_not_on_the_staff_register_cannot_clock_in()
    {
        host.ActAs(await host.CreateUserAsync("visitor@chesanto.test", Role.Dispatch));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Attendance.ClockInAsync());

        Assert.Contains("not linked to a staff record", refused.Message);
    }

    [Fact]
    public async Task Clocked_in_and_clocked_out_events_are_published_after_the_commit()
    {
        var seen = new List<IDomainEvent>();
        var hub = host.Get<IEventHub>();
        async Task Saw(IDomainEvent e)
        {
            await using var db = await host.NewDbAsync();
            Assert.Equal(1, await db.Set<AttendanceRecord>().CountAsync()); // committed before the event
            seen.Add(e);
        }
        using var a = hub.Subscribe<ClockedIn>(Saw);
        using var b = hub.Subscribe<ClockedOut>(Saw);
        host.SetNairobi(25, 6, 20);
        await Attendance.ClockInAsync();
        host.SetNairobi(25, 16, 20);
        await Attendance.ClockOutAsync();

        Assert.Equal([new ClockedIn(graceRecord.Id, new DateOnly(2026, 11, 25), Staff.Nairobi(25, 6, 20), true, 20),
            new ClockedOut(graceRecord.Id, new DateOnly(2026, 11, 25), Staff.Nairobi(25, 16, 20), 10m)], seen);
    }

    [Fact]
    public async Task My_page_data_shows_today_and_recent_days()
    {
        host.SetNairobi(25, 6, 0);
        await Attendance.ClockInAsync();
        host.SetNairobi(26, 6, 5);
        await Attendance.ClockInAsync();

        var mine = await Attendance.MineAsync();

        Assert.Equal(graceRecord.Id, mine.Employee!.Id);
        Assert.Equal(Staff.Nairobi(26, 6, 5), mine.Today!.ClockInAt);
        Assert.Equal([new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 25)], mine.Recent.Select(r => r.WorkDate));
    }
}
