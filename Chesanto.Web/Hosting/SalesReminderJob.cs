using Chesanto.Domain.Sales;
using Quartz;

namespace Chesanto.Web.Hosting;

/// <summary>
/// 17:00 Nairobi, Monday to Saturday (DOMAIN §5.3 "daily entry rule", §11): one alert to the accountant naming the
/// recipients who took goods out today and have not settled. Depots settle later and are not chased.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SalesReminderJob(IServiceScopeFactory scopes, ILogger<SalesReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("sales-reminder");
    public static readonly TriggerKey TriggerKey = new("sales-reminder-1700");
    public const string Cron = "0 0 17 ? * MON-SAT";

    public static void Schedule(IServiceCollectionQuartzConfigurator quartz) => ScheduledJobs.Daily<SalesReminderJob>(quartz, Key, TriggerKey, Cron);

    public Task Execute(IJobExecutionContext context) => RunAsync(SystemActor.DueDay(context.ScheduledFireTimeUtc ?? DateTimeOffset.UtcNow));

    public async Task<IReadOnlyList<string>> RunAsync(DateOnly day)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var names = await SystemActor.Create<SalesAlerts>(scope.ServiceProvider).RemindUnsettledAsync(day);
            logger.LogInformation("Sales {Day}: {Count} recipients not settled at 17:00.", day, names.Count);
            return names;
        }
        catch (Exception e)
        {
            logger.LogError(e, "The 17:00 sales reminder for {Day} failed.", day);
            return [];
        }
    }
}
