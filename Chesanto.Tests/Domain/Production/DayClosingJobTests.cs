using Chesanto.Domain.Common;
using Chesanto.Domain.Production;
using Chesanto.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Chesanto.Tests.Domain.Production;

public sealed class DayClosingJobTests : ProductionFixture
{
    private readonly ErrorLog errors = new();
    private DateOnly Today => host.Get<BusinessClock>().Today;

    private DayClosingJob Job => new(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Get<BusinessClock>(), errors);

    [Fact]
    public async Task At_2100_the_job_closes_the_day_as_the_system_and_a_second_run_changes_nothing()
    {
        await Production.RecordBatchAsync(new BatchInput(breadMix, 132));
        await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        host.Time.Advance(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero) - host.Time.GetUtcNow()); // 21:00 Nairobi

        var first = await Job.RunAsync(); // the manager is still "signed in" here: the job does not act as them
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await Job.RunAsync();

        Assert.Empty(errors.Errors);
        Assert.NotNull(first);
        Assert.Equal((first.Id, first.GeneratedAt), (second!.Id, second.GeneratedAt));
        Assert.Equal((2, "system"), (first.BatchCount, first.GeneratedByName));
        var day = await Production.DayAsync();
        Assert.True(day.IsClosed);
        Assert.Equal("system", day.ClosedByName);
        Assert.All(day.Batches, b => Assert.True(b.IsFinalized));
        await using var db = await host.NewDbAsync();
        Assert.Single(await db.DailyProductionReports.Where(r => r.Date == Today).ToListAsync());
        var audit = await db.AuditEntries.Where(a => a.Entity == nameof(ProductionDay) && a.Action == Chesanto.Domain.Audit.AuditAction.Update).ToListAsync();
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.Equal("system", a.UserName));
        await Assert.ThrowsAsync<DomainException>(() => Production.RecordBatchAsync(new BatchInput(breadMix, 10)));
    }

    [Fact]
    public async Task A_failed_close_is_logged_and_does_not_throw()
    {
        var report = await Job.RunAsync(Today.AddDays(1)); // a day not yet begun is refused by the domain

        Assert.Null(report);
        var error = Assert.Single(errors.Errors);
        Assert.IsType<DomainException>(error);
        Assert.False((await Production.DayAsync()).IsClosed);
    }

    [Fact]
    public void A_run_missed_until_after_midnight_closes_the_day_it_was_due_for()
    {
        Assert.Equal(new DateOnly(2026, 11, 24), DayClosingJob.DueDay(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 24), DayClosingJob.DueDay(new DateTimeOffset(2026, 11, 24, 20, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 25), DayClosingJob.DueDay(new DateTimeOffset(2026, 11, 24, 21, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_2100_schedule_in_Nairobi_is_1800_utc_every_day()
    {
        // The real app's trigger (its zone and misfire rule) is checked in ScheduledJobsHostingTests; a scheduler built
        // here would replace Quartz's process-wide logger with one disposed at the end of the test.
        var schedule = new CronExpression(DayClosingJob.Cron) { TimeZone = BusinessClock.Nairobi };
        var evening = new DateTimeOffset(2026, 11, 24, 17, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero), schedule.GetTimeAfter(evening));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero), schedule.GetTimeAfter(evening.AddHours(1)));
    }

    private sealed class ErrorLog : ILogger<DayClosingJob>
    {
        public List<Exception?> Errors { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) lock (Errors) Errors.Add(exception);
        }
    }
}
