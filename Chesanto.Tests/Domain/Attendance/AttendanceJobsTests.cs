using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Chesanto.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Domain.Attendance;

public sealed class AttendanceJobsTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private readonly ErrorLog<AttendanceDayEndJob> dayEndErrors = new();
    private ApplicationUser grace = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        grace = await host.CreateUserAsync("grace@chesanto.test", Role.Salesman);
        await Staff.AddAsync(host, "CHE028", "Grace", Department.Sales, grace);
        await Staff.AddAsync(host, "CHE031", "Peter", Department.Production);
        host.ActAs(grace); // the jobs must not act as whoever happens to be "signed in"
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private AttendanceDayEndJob DayEnd => new(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Get<BusinessClock>(), dayEndErrors);

    private AttendanceReminderJob Reminders => new(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Get<BusinessClock>(),
        host.Get<ShiftSchedule>(), new ErrorLog<AttendanceReminderJob>());

    [Fact]
    public async Task At_2200_the_day_end_job_closes_a_missed_clock_out_as_the_system_and_a_second_run_changes_nothing()
    {
        host.SetNairobi(25, 6, 5);
        await host.AttendanceOf(grace).ClockInAsync();
        host.SetNairobi(25, 22, 0);

        var first = await DayEnd.RunAsync(new DateOnly(2026, 11, 25));
        var second = await DayEnd.RunAsync(new DateOnly(2026, 11, 25));

        Assert.Empty(dayEndErrors.Errors);
        Assert.Equal((1, 0), (first, second));
        var today = (await host.AttendanceOf(grace).MineAsync()).Today;
        Assert.True(today!.MissedClockOut);
        Assert.Equal(Staff.Nairobi(25, 18, 0), today.ClockOutAt);
    }

    [Fact]
    public async Task The_reminder_fires_once_at_0630_for_whoever_has_not_clocked_in()
    {
        host.SetNairobi(25, 6, 10);
        await host.AttendanceOf(grace).ClockInAsync();
        var reminded = new List<NotClockedIn>();
        using var _ = host.Get<IEventHub>().Subscribe<NotClockedIn>(e => { lock (reminded) reminded.Add(e); return Task.CompletedTask; });

        var counts = new List<int>();
        foreach (var minute in new[] { 25, 30, 35, 40 })
        {
            host.SetNairobi(25, 6, minute);
            counts.Add(await Reminders.RunAsync(Staff.Nairobi(25, 6, minute)));
        }

        Assert.Equal([0, 1, 0, 0], counts);
        Assert.Equal("CHE031", Assert.Single(reminded).EmployeeNumber);
    }

    [Fact]
    public async Task On_sunday_nobody_is_reminded()
    {
        host.SetNairobi(29, 6, 35);

        Assert.Equal(0, await Reminders.RunAsync(Staff.Nairobi(29, 6, 35)));
    }
}
