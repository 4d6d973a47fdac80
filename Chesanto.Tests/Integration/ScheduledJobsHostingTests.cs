using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Chesanto.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class ScheduledJobsHostingTests(AppHost app)
{
    [Theory]
    [InlineData("reorder-check-0800", "reorder-check", 8)]
    [InlineData("day-closing-2100", "day-closing", 21)]
    [InlineData("attendance-day-end-2200", "attendance-day-end", 22)]
    [InlineData("sales-reminder-1700", "sales-reminder", 17)]
    [InlineData("weekly-report-sun-0800", "weekly-report", 8)]
    [InlineData("monthly-report-1st-0000", "monthly-report", 0)]
    public async Task The_real_app_schedules_each_job_daily_in_Nairobi_time(string triggerName, string jobName, int hour)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(scheduler.IsStarted);

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey(triggerName)));

        Assert.Equal(new JobKey(jobName), trigger.JobKey);
        Assert.NotNull(await scheduler.GetJobDetail(trigger.JobKey));
        Assert.Contains("Nairobi", trigger.TimeZone.Id);
        Assert.Equal(MisfireInstruction.CronTrigger.FireOnceNow, trigger.MisfireInstruction);
        var next = TimeZoneInfo.ConvertTime(trigger.GetNextFireTimeUtc()!.Value, BusinessClock.Nairobi);
        Assert.Equal((hour, 0, 0), (next.Hour, next.Minute, next.Second));
        Assert.Equal((DayClosingJob.TriggerKey.Name, ReorderCheckJob.TriggerKey.Name), ("day-closing-2100", "reorder-check-0800"));
    }

    [Fact]
    public async Task In_the_real_app_the_closing_job_closes_a_day_as_the_system_outside_any_request()
    {
        // A day long past, so the shared app's today stays open for the other tests.
        var day = app.Services.GetRequiredService<BusinessClock>().Today.AddDays(-40);
        var job = ActivatorUtilities.CreateInstance<DayClosingJob>(app.Services);

        var report = await job.RunAsync(day);
        var again = await job.RunAsync(day);

        Assert.NotNull(report);
        Assert.Equal((day, "system"), (report.Date, report.GeneratedByName));
        Assert.Equal(report.Id, again!.Id);
    }
}
