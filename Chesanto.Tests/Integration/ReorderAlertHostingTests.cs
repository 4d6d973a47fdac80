using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class ReorderAlertHostingTests(AppHost app)
{
    [Fact]
    public async Task The_real_app_watches_stock_and_has_its_0800_nairobi_check_scheduled()
    {
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is ReorderAlertWatcher);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ReorderAlertService>().CheckAsync(); // resolves as the watcher and the job do

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(scheduler.IsStarted);
        var trigger = await scheduler.GetTrigger(ReorderCheckJob.TriggerKey);
        var next = TimeZoneInfo.ConvertTime(trigger!.GetNextFireTimeUtc()!.Value, BusinessClock.Nairobi);
        Assert.Equal((8, 0), (next.Hour, next.Minute));
    }
}
