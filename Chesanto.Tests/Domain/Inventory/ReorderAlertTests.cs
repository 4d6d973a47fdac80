using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class ReorderAlertTests : IAsyncLifetime
{
    private const string Accountant = "accountant@chesanto.test";
    private readonly DomainHost host = new();
    private int sugar, cookingFat;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        await host.CreateUserAsync(Accountant, Role.Admin);
        await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);
        host.ActAs(await host.CreateUserAsync("store@chesanto.test", Role.ProductManager));
        var items = await host.Get<CatalogService>().ListItemsAsync();
        sugar = items.Single(i => i.Name == "Sugar").Id;
        cookingFat = items.Single(i => i.Name == "Cooking Fat").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private StockLedger Ledger => host.Get<StockLedger>();
    private Task<IReadOnlyList<ReorderStatus>> CheckAsync() => host.Get<ReorderAlertService>().CheckAsync();
    private IReadOnlyList<string> AlertSubjects => host.Outbox.Messages.Where(m => m.Subject.Contains("stock")).Select(m => m.Subject).ToList();

    [Fact]
    public async Task Sugar_falling_below_its_reorder_level_is_emailed_to_the_accountant_once()
    {
        Assert.Empty(await CheckAsync());
        await Ledger.PostAsync(sugar, StockMovementType.CountAdjustment, -40m, "Counted 60 kg");

        var changed = await CheckAsync();
        var again = await CheckAsync();

        Assert.Equal(StockLevel.Low, Assert.Single(changed).Level);
        Assert.Empty(again);
        var email = Assert.Single(host.Outbox.Messages);
        Assert.Equal((Accountant, "LOW stock: Sugar"), (email.To, email.Subject));
        Assert.Contains("Sugar: LOW, 60 kg left", email.Body);
        Assert.Contains("/inventory", email.Body);
    }

    [Fact]
    public async Task Each_level_change_is_sent_and_back_to_ok_then_low_again_is_sent_again()
    {
        await Ledger.PostAsync(cookingFat, StockMovementType.CountAdjustment, -25m, "Counted 25 kg"); // below 30
        await CheckAsync();
        await Ledger.PostAsync(cookingFat, StockMovementType.ProductionUse, -25m, "Mandazi frying");
        await CheckAsync();
        await CheckAsync();
        await Ledger.PostAsync(cookingFat, StockMovementType.Purchase, 100m, "Delivery");
        Assert.Equal(StockLevel.Ok, Assert.Single(await CheckAsync()).Level);
        await Ledger.PostAsync(cookingFat, StockMovementType.CountAdjustment, -80m, "Counted 20 kg");
        await CheckAsync();

        Assert.Equal(["LOW stock: Cooking Fat", "OUT stock: Cooking Fat", "LOW stock: Cooking Fat"], AlertSubjects);
        Assert.All(host.Outbox.Messages, m => Assert.Equal(Accountant, m.To));
    }

    [Fact]
    public async Task The_0800_job_sends_what_a_check_after_the_movement_would_and_nothing_on_a_second_run()
    {
        await Ledger.PostAsync(sugar, StockMovementType.CountAdjustment, -40m, "Counted 60 kg");
        await Ledger.PostAsync(cookingFat, StockMovementType.ProductionUse, -50m, "Mandazi frying");
        var job = new ReorderCheckJob(host.Services.GetRequiredService<IServiceScopeFactory>());

        await job.RunAsync();
        await job.RunAsync();

        var email = Assert.Single(host.Outbox.Messages);
        Assert.Equal("OUT stock: 2 items need reordering", email.Subject);
        Assert.Contains("Cooking Fat: OUT", email.Body);
        Assert.Contains("Sugar: LOW", email.Body);
        Assert.Empty(await CheckAsync());
    }

    [Fact]
    public async Task A_stock_movement_queues_a_check_that_emails_without_waiting_for_the_posting()
    {
        var errors = new ErrorLog();
        var watcher = new ReorderAlertWatcher(host.Services.GetRequiredService<IEventHub>(),
            host.Services.GetRequiredService<IServiceScopeFactory>(), errors);
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            await Ledger.PostAsync(sugar, StockMovementType.CountAdjustment, -40m, "Counted 60 kg");
            await WaitForAsync(() => AlertSubjects.Count == 1 || errors.Errors.Count > 0);
            Assert.Empty(errors.Errors);
            await Ledger.PostAsync(sugar, StockMovementType.CountAdjustment, -1m, "Counted 59 kg");
            await Ledger.PostAsync(cookingFat, StockMovementType.ProductionUse, -50m, "Mandazi frying");
            await WaitForAsync(() => AlertSubjects.Count == 2);
        }
        finally { await watcher.StopAsync(CancellationToken.None); }

        Assert.Empty(errors.Errors);
        Assert.Equal(["LOW stock: Sugar", "OUT stock: Cooking Fat"], AlertSubjects);
    }

    private sealed class ErrorLog : ILogger<ReorderAlertWatcher>
    {
        public List<Exception?> Errors { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) lock (Errors) Errors.Add(exception);
        }
    }

    [Fact]
    public void The_0800_schedule_in_Nairobi_is_0500_utc_every_day()
    {
        // The real app's trigger (its zone and misfire rule) is checked in ScheduledJobsHostingTests: a scheduler built
        // here would leave Quartz's process-wide logger pointing at a disposed factory and break the app's scheduler.
        var schedule = new CronExpression(ReorderCheckJob.Cron) { TimeZone = BusinessClock.Nairobi };
        var tuesdayMorning = new DateTimeOffset(2026, 11, 24, 3, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero), schedule.GetTimeAfter(tuesdayMorning));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero), schedule.GetTimeAfter(tuesdayMorning.AddHours(2)));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition(), "The reorder check did not run in time.");
    }
}
