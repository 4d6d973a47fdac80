using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Chesanto.Web.Hosting;

/// <summary>
/// Closes the production day at 21:00 Nairobi as the system actor (DOMAIN §4.4). Closing is idempotent, so a second
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

    public static DateOnly DueDay(DateTimeOffset scheduledFire) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduledFire, BusinessClock.Nairobi).DateTime);

    /// <summary>Closes <paramref name="day"/> (today when null); returns its report, or null when closing failed.</summary>
    public async Task<DailyProductionReport?> RunAsync(DateOnly? day = null)
    {
        var date = day ?? clock.Today;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var system = new FixedCurrentUser(Actor.System);
            var closing = ActivatorUtilities.CreateInstance<DayClosingService>(services, system,
                new SystemDbFactory(services.GetRequiredService<IDbContextFactory<ChesantoDbContext>>()));
            var report = await closing.CloseDayAsync(date);
            logger.LogInformation("Production day {Day} closed: {Batches} batches, report generated {GeneratedAt}.", date, report.BatchCount, report.GeneratedAt);
            return report;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Closing the production day {Day} failed; an accountant can close it from the production page.", date);
            return null;
        }
    }

    /// <summary>The scope's contexts, with the system named as the actor in the audit log (a job has no signed-in user).</summary>
    private sealed class SystemDbFactory(IDbContextFactory<ChesantoDbContext> inner) : IDbContextFactory<ChesantoDbContext>
    {
        public ChesantoDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.Actor = Actor.System;
            return db;
        }

        public async Task<ChesantoDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            var db = await inner.CreateDbContextAsync(cancellationToken);
            db.Actor = Actor.System;
            return db;
        }
    }
}
