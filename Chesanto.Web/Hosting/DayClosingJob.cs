using Chesanto.Domain.Common;
using Chesanto.Domain.Production;
using Chesanto.Domain.Reports;
using Quartz;

namespace Chesanto.Web.Hosting;

/// <summary>
/// Closes the production day at 21:00 Nairobi as the system actor (DOMAIN §4.4), then stores and emails the day's report. Closing is idempotent, so a second
/// run, or an accountant who closed first, changes nothing. A failure is logged and left for an accountant to close by
/// hand: after 21:00 the day is locked for everyone but a superadmin anyway.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DayClosingJob(IServiceScopeFactory scopes, BusinessClock clock, ILogger<DayClosingJob> logger) : IJob
{
    public static readonly JobKey Key = new("day-closing");
    public static readonly TriggerKey TriggerKey = new("day-closing-2100");
    public const string Cron = "0 0 21 * * ?";

    public static void Schedule(IServiceCollectionQuartzConfigurator quartz) => ScheduledJobs.Daily<DayClosingJob>(quartz, Key, TriggerKey, Cron);

    // The day of the scheduled 21:00, not of the run: a run missed while the host was down, fired after midnight, closes
    // the day it was due for and not the new one.
    public Task Execute(IJobExecutionContext context) => RunAsync(DueDay(context.ScheduledFireTimeUtc ?? clock.UtcNow));

    public static DateOnly DueDay(DateTimeOffset scheduledFire) => SystemActor.DueDay(scheduledFire);

    /// <summary>Closes <paramref name="day"/> (today when null); returns its report, or null when closing failed.</summary>
    public async Task<DailyProductionReport?> RunAsync(DateOnly? day = null)
    {
        var date = day ?? clock.Today;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await SystemActor.Create<DayClosingService>(scope.ServiceProvider).CloseDayAsync(date);
            logger.LogInformation("Production day {Day} closed: {Batches} batches, report generated {GeneratedAt}.", date, report.BatchCount, report.GeneratedAt);
            // The stored daily report (DOMAIN §8.1) is taken once the close has committed, so it shows the closed figures.
            await ReportGeneration.RunAsync(scopes, logger, ReportKind.Daily, date);
            return report;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Closing the production day {Day} failed; an accountant can close it from the production page.", date);
            return null;
        }
    }
}
