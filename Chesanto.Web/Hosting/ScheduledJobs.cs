using Chesanto.Domain.Common;
using Quartz;

namespace Chesanto.Web.Hosting;

/// <summary>The app's timed jobs, all on one Quartz scheduler, each at a fixed Nairobi time whatever the server's zone.</summary>
public static class ScheduledJobs
{
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services)
    {
        services.AddQuartz(Configure);
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    public static void Configure(IServiceCollectionQuartzConfigurator quartz)
    {
        // Quartz keeps schedulers in a process-wide registry by name: one name per host, so two hosts in one
        // process (tests) do not collide. The store is in memory, so the name carries no state.
        quartz.SchedulerName = $"chesanto-{Guid.NewGuid():N}";
        ReorderCheckJob.Schedule(quartz);
        DayClosingJob.Schedule(quartz);
        AttendanceDayEndJob.Schedule(quartz);
        AttendanceReminderJob.Schedule(quartz);
        SalesReminderJob.Schedule(quartz);
        WeeklyReportJob.Schedule(quartz);
        MonthlyReportJob.Schedule(quartz);
    }

    /// <summary>Adds a job with one cron trigger in Nairobi time; a run missed while the host was down fires once at start-up.</summary>
    public static void Daily<TJob>(IServiceCollectionQuartzConfigurator quartz, JobKey job, TriggerKey trigger, string cron) where TJob : IJob
    {
        quartz.AddJob<TJob>(j => j.WithIdentity(job));
        quartz.AddTrigger(t => t.ForJob(job).WithIdentity(trigger)
            .WithCronSchedule(cron, c => c.InTimeZone(BusinessClock.Nairobi).WithMisfireHandlingInstructionFireAndProceed()));
    }
}
