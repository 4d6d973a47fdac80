using System.Threading.Channels;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Quartz;

namespace Chesanto.Web.Hosting;

public static class ReorderAlertHosting
{
    /// <summary>Reorder alerts: checked after every stock movement and daily at 08:00 Nairobi time.</summary>
    public static IServiceCollection AddReorderAlerts(this IServiceCollection services)
    {
        services.AddHostedService<ReorderAlertWatcher>();
        return services; // the 08:00 check is one of the ScheduledJobs
    }
}

/// <summary>
/// Checks reorder levels after stock moved. The posting only queues a check and returns at once: a slow or failing
/// alert never slows or fails the posting. A burst of movements coalesces into one check.
/// </summary>
public sealed class ReorderAlertWatcher(IEventHub events, IServiceScopeFactory scopes, ILogger<ReorderAlertWatcher> logger) : BackgroundService
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private IDisposable? _subscription;

    // Subscribed here, not in ExecuteAsync (which runs on the thread pool), so no movement after start-up is missed.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = events.Subscribe<StockChanged>(_ =>
        {
            _pending.Writer.TryWrite(true);
            return Task.CompletedTask;
        });
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var _ in _pending.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ReorderAlertService>().CheckAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The reorder check after a stock movement failed; the next movement or the 08:00 check retries it.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}

/// <summary>The daily stock check (DOMAIN §11): 08:00 in Nairobi, whatever the server's time zone. Idempotent.</summary>
[DisallowConcurrentExecution]
public sealed class ReorderCheckJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("reorder-check");
    public static readonly TriggerKey TriggerKey = new("reorder-check-0800");
    public const string Cron = "0 0 8 * * ?";

    public static void Schedule(IServiceCollectionQuartzConfigurator quartz) => ScheduledJobs.Daily<ReorderCheckJob>(quartz, Key, TriggerKey, Cron);

    public Task Execute(IJobExecutionContext context) => RunAsync(context.CancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReorderAlertService>().CheckAsync(cancellationToken);
    }
}
