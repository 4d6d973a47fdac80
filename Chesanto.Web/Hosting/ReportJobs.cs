using Chesanto.Domain.Common;
using Chesanto.Domain.Reports;
using Quartz;

namespace Chesanto.Web.Hosting;

/// <summary>Generates a stored report as the system (DOMAIN §8.1, §11); generating is idempotent, so a repeat run changes nothing.</summary>
public static class ReportGeneration
{
    /// <summary>Returns the stored report, or null when generating failed (logged; a superadmin or the next run can retry).</summary>
    public static async Task<StoredReport?> RunAsync(IServiceScopeFactory scopes, ILogger logger, ReportKind kind, DateOnly start)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await SystemActor.Create<ReportService>(scope.ServiceProvider).GenerateAsync(kind, start);
            logger.LogInformation("{Kind} report {Start}: stored {GeneratedAt}.", kind, start, report.GeneratedAt);
            return report;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Generating the {Kind} report of {Start} failed.", kind, start);
            return null;
        }
    }
}

/// <summary>Sunday 08:00 Nairobi: the report of the week Monday–Sunday that ends that day.</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyReportJob(IServiceScopeFactory scopes, BusinessClock clock, ILogger<WeeklyReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-report");
    public static readonly TriggerKey TriggerKey = new("weekly-report-sun-0800");
    public const string Cron = "0 0 8 ? * SUN";

    public static void Schedule(IServiceCollectionQuartzConfigurator quartz) => ScheduledJobs.Daily<WeeklyReportJob>(quartz, Key, TriggerKey, Cron);

    public Task Execute(IJobExecutionContext context) => RunAsync(SystemActor.DueDay(context.ScheduledFireTimeUtc ?? clock.UtcNow));

    /// <summary>The week holding <paramref name="day"/> (today when null); on its Sunday that is the week just ending.</summary>
    public Task<StoredReport?> RunAsync(DateOnly? day = null) =>
        ReportGeneration.RunAsync(scopes, logger, ReportKind.Weekly, ReportPeriod.WeekOf(day ?? clock.Today));
}

/// <summary>The 1st at 00:00 Nairobi: the report of the month before.</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportJob(IServiceScopeFactory scopes, BusinessClock clock, ILogger<MonthlyReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("monthly-report");
    public static readonly TriggerKey TriggerKey = new("monthly-report-1st-0000");
    public const string Cron = "0 0 0 1 * ?";

    public static void Schedule(IServiceCollectionQuartzConfigurator quartz) => ScheduledJobs.Daily<MonthlyReportJob>(quartz, Key, TriggerKey, Cron);

    public Task Execute(IJobExecutionContext context) => RunAsync(SystemActor.DueDay(context.ScheduledFireTimeUtc ?? clock.UtcNow));

    /// <summary>The month before the one holding <paramref name="day"/> (today when null).</summary>
    public Task<StoredReport?> RunAsync(DateOnly? day = null)
    {
        var today = day ?? clock.Today;
        return ReportGeneration.RunAsync(scopes, logger, ReportKind.Monthly, new DateOnly(today.Year, today.Month, 1).AddMonths(-1));
    }
}
