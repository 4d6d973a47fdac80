using Chesanto.Domain.Attendance;
using Chesanto.Domain.Common;
using Quartz;

namespace Chesanto.Web.Hosting;

/// <summary>
/// At 22:00 Nairobi, after every shift has ended, closes the clock-outs nobody made that day and flags them for a
/// supervisor (DOMAIN §10). Idempotent; a failure is logged and a supervisor can correct the day by hand.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AttendanceDayEndJob(IServiceScopeFactory scopes, BusinessClock clock, ILogger<AttendanceDayEndJob> logger) : IJob
{
    public static readonly JobKey Key = new("attendance-day-end");
    public static readonly TriggerKey TriggerKey = new("attendance-day-end-2200");
    public const string Cron = "0 0 22 * * ?";

    public static void Schedule(IServiceCollectionQuartzConfigurator quartz) =>
        ScheduledJobs.Daily<AttendanceDayEndJob>(quartz, Key, TriggerKey, Cron);

    public Task Execute(IJobExecutionContext context) => RunAsync(SystemActor.DueDay(context.ScheduledFireTimeUtc ?? clock.UtcNow));

    /// <summary>Closes the day's missed clock-outs; returns how many, or null when it failed.</summary>
    public async Task<int?> RunAsync(DateOnly day)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var closed = await SystemActor.Create<AttendanceSupervision>(scope.ServiceProvider).CloseDayAsync(day);
            if (closed > 0) logger.LogInformation("Attendance {Day}: {Count} missed clock-outs closed and flagged.", day, closed);
            return closed;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Closing the attendance day {Day} failed; a supervisor can correct it on the board.", day);
            return null;
        }
    }
}

/// <summary>
/// Raises the "not clocked in" reminders once a day, when shift start + 30 min falls in the five minutes this run
/// covers (the run at 06:30 itself, by default). Polling every five minutes follows the configured shift of each day (Saturday may start differently)
/// without one trigger per shift.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AttendanceReminderJob(IServiceScopeFactory scopes, BusinessClock clock, ShiftSchedule schedule,
    ILogger<AttendanceReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("attendance-reminders");
    public static readonly TriggerKey TriggerKey = new("attendance-reminders-every-5-min");
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    public static void Schedule(IServiceCollectionQuartzConfigurator quartz)
    {
        quartz.AddJob<AttendanceReminderJob>(j => j.WithIdentity(Key));
        // A missed window is skipped, not caught up: a reminder hours late helps nobody.
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity(TriggerKey)
            .WithCronSchedule("0 0/5 * * * ?", c => c.InTimeZone(BusinessClock.Nairobi).WithMisfireHandlingInstructionDoNothing()));
    }

    public Task Execute(IJobExecutionContext context) => RunAsync(context.ScheduledFireTimeUtc ?? clock.UtcNow);

    /// <summary>Reminds when this run's window (fire − 5 min, fire] holds today's reminder moment; returns how many were reminded.</summary>
    public async Task<int> RunAsync(DateTimeOffset fire)
    {
        var day = SystemActor.DueDay(fire);
        if (schedule.For(day) is not { } shift) return 0;
        var due = shift.StartOn(day) + AttendanceBoard.ReminderAfter;
        if (due > fire || due <= fire - Every) return 0;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reminded = await SystemActor.Create<AttendanceBoard>(scope.ServiceProvider).RemindMissingClockInsAsync();
            logger.LogInformation("Attendance {Day}: {Count} people expected have not clocked in.", day, reminded.Count);
            return reminded.Count;
        }
        catch (Exception e)
        {
            logger.LogError(e, "The not-clocked-in reminders of {Day} failed.", day);
            return 0;
        }
    }
}
