using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Reports;
using Chesanto.Tests.Domain.Books;
using Chesanto.Tests.Support;
using Chesanto.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Chesanto.Tests.Domain.Reports;

/// <summary>Tuesday 24 Nov 2026: Mike takes 100 bread and sells it all (KES 6,000); the week is Mon 23–Sun 29, the month November.</summary>
public sealed class ReportTests : BooksFixture
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24), Monday = new(2026, 11, 23), Sunday = new(2026, 11, 29);
    private ApplicationUser ceo = null!, clerk = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ceo = await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);
        clerk = await host.CreateUserAsync("clerk@chesanto.test", Role.Admin);
        await BakeAsync(breadMix, 130);
        await SellAsync(breadOut: 100, kdfOut: 0, breadBack: 0, kdfBack: 0, shortBy: 200m);
    }

    private ReportService Reports => host.Get<ReportService>();
    private IServiceScopeFactory Scopes => host.Services.GetRequiredService<IServiceScopeFactory>();
    private readonly ErrorLog<WeeklyReportJob> weeklyErrors = new();

    private void GoToNairobi(int year, int month, int day, int hour) =>
        host.Time.Advance(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(3)) - host.Time.GetUtcNow());

    private async Task<List<StoredReport>> StoredAsync()
    {
        await using var db = await host.NewDbAsync();
        return await db.StoredReports.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task On_Sunday_at_0800_the_weekly_job_stores_Monday_to_Sunday_once_as_the_system()
    {
        GoToNairobi(2026, 11, 29, 8);
        var job = new WeeklyReportJob(Scopes, host.Get<BusinessClock>(), weeklyErrors);

        var first = await job.RunAsync();
        var second = await job.RunAsync();

        Assert.Empty(weeklyErrors.Errors);
        Assert.NotNull(first);
        Assert.Equal((ReportKind.Weekly, Monday, Sunday, "system"), (first.Kind, first.PeriodStart, first.PeriodEnd, first.GeneratedByName));
        Assert.Equal(first.Id, second!.Id);
        var stored = Assert.Single(await StoredAsync());
        var snapshot = stored.Snapshot;
        Assert.Equal(6_000m, snapshot.Summary.Sales);
        Assert.Equal(200m, snapshot.Summary.Deficit);
        Assert.Equal(Tuesday, snapshot.Highlights.BestDay!.Day);
        Assert.Equal(6, snapshot.Highlights.WorkingDays);
        Assert.Contains(snapshot.Stock, s => s.Item == "Wheat Flour" && s.Used > 0 && s.Balances);

        var schedule = new CronExpression(WeeklyReportJob.Cron) { TimeZone = BusinessClock.Nairobi };
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 5, 0, 0, TimeSpan.Zero), schedule.GetTimeAfter(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task On_the_1st_at_midnight_the_monthly_job_stores_the_previous_month_with_the_books()
    {
        GoToNairobi(2026, 12, 1, 0);
        var job = new MonthlyReportJob(Scopes, host.Get<BusinessClock>(), new ErrorLog<MonthlyReportJob>());

        var report = await job.RunAsync();
        await job.RunAsync();

        Assert.NotNull(report);
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (report.PeriodStart, report.PeriodEnd));
        var snapshot = Assert.Single(await StoredAsync()).Snapshot;
        Assert.Equal(6_000m, snapshot.Books!.Revenue);
        Assert.Equal((1, "Bread", "Mike"), (snapshot.Highlights.DeficitIncidents, snapshot.Highlights.BestProduct, snapshot.Highlights.BestSalesperson));
        Assert.Equal(25, snapshot.Highlights.WorkingDays); // November 2026: 30 days, 5 Sundays

        var schedule = new CronExpression(MonthlyReportJob.Cron) { TimeZone = BusinessClock.Nairobi };
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 21, 0, 0, TimeSpan.Zero), schedule.GetTimeAfter(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Closing_the_day_at_2100_stores_the_days_report_after_the_close()
    {
        GoToNairobi(2026, 11, 24, 21);
        var job = new DayClosingJob(Scopes, host.Get<BusinessClock>(), new ErrorLog<DayClosingJob>());

        await job.RunAsync();
        await job.RunAsync();

        var stored = Assert.Single(await StoredAsync());
        Assert.Equal((ReportKind.Daily, Tuesday, "system"), (stored.Kind, stored.PeriodStart, stored.GeneratedByName));
        var day = Assert.Single(stored.Snapshot.Production);
        Assert.Equal((true, 1), (day.Closed, day.Batches));
        Assert.True(day.TotalCost > 0);
    }

    [Fact]
    public async Task Only_a_superadmin_regenerates_and_the_old_snapshot_is_kept_with_who_and_why()
    {
        var first = await Reports.GenerateAsync(ReportKind.Daily, Tuesday);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => Reports.RegenerateAsync(ReportKind.Daily, Tuesday, "fix"));
        host.ActAs(ceo);
        await Assert.ThrowsAsync<DomainException>(() => Reports.RegenerateAsync(ReportKind.Daily, Tuesday, " "));
        await using (var db = await host.NewDbAsync())
        {
            // a correction of the closed books: the settlement's banking was entered short by mistake
            var settlement = await db.Settlements.SingleAsync();
            settlement.Banked += 200m;
            settlement.Deficit = 0m;
            await db.SaveChangesAsync();
        }
        var again = await Reports.RegenerateAsync(ReportKind.Daily, Tuesday, "M-Pesa code found");

        Assert.Equal((first.Id, 2, "ceo@chesanto.test"), (again.Id, again.Revision, again.GeneratedByName));
        var shown = await Reports.GetAsync(ReportKind.Daily, Tuesday);
        Assert.Equal(0m, shown!.Snapshot.Summary.Deficit);
        var old = Assert.Single(shown.Superseded);
        Assert.Equal((1, "M-Pesa code found", "ceo@chesanto.test"), (old.Revision, old.Reason, old.SupersededByName));
        Assert.Equal(200m, ReportSnapshot.Read(old.SnapshotJson).Summary.Deficit);
        Assert.Single(await StoredAsync());
    }

    [Fact]
    public async Task Opted_in_users_are_emailed_a_summary_with_the_link_and_the_others_are_not()
    {
        host.ActAs(accountant);
        await Reports.SetMySubscriptionAsync(new ReportChoice(Daily: false, Weekly: true, Monthly: false));
        Assert.Equal(new ReportChoice(false, true, false), await Reports.MySubscriptionAsync());
        host.ActAs(ceo);
        Assert.Equal(new ReportChoice(true, true, true), await Reports.MySubscriptionAsync());
        GoToNairobi(2026, 11, 29, 8);
        var before = host.Outbox.Messages.Count;

        var weekly = await Reports.GenerateAsync(ReportKind.Weekly, Monday);
        var daily = await Reports.GenerateAsync(ReportKind.Daily, Tuesday);

        var mail = host.Outbox.Messages.Skip(before).ToList();
        Assert.Equal(["accounts@chesanto.test", "ceo@chesanto.test"], mail.Where(m => m.Subject.StartsWith("Weekly")).Select(m => m.To).Order());
        Assert.Equal(["ceo@chesanto.test"], mail.Where(m => m.Subject.StartsWith("Daily")).Select(m => m.To));
        Assert.DoesNotContain(mail, m => m.To == "clerk@chesanto.test");
        var body = host.Outbox.LastTo("accounts@chesanto.test").Body;
        Assert.Contains("http://localhost:5000/reports/weekly/2026-11-23", body);
        Assert.Contains("Sales: KES 6,000.00", body);
        Assert.Contains("Deficits: KES 200.00", body);
        Assert.All(await StoredAsync(), r => Assert.NotNull(r.EmailedAt));
        Assert.NotNull(weekly.EmailedAt);
        Assert.NotNull(daily.EmailedAt);
    }

    [Fact]
    public async Task A_period_that_has_not_ended_or_a_wrong_key_is_refused_and_a_clerk_without_the_permission_sees_nothing()
    {
        await Assert.ThrowsAsync<DomainException>(() => Reports.GenerateAsync(ReportKind.Weekly, Monday));
        await Assert.ThrowsAsync<DomainException>(() => Reports.GenerateAsync(ReportKind.Weekly, Tuesday));
        await Assert.ThrowsAsync<DomainException>(() => Reports.GenerateAsync(ReportKind.Monthly, Tuesday));
        host.ActAs(await host.CreateUserAsync("baker@chesanto.test", Role.ProductManager));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Reports.ListAsync());
    }
}
