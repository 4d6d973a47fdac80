using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Chesanto.Tests.EndToEnd;

/// <summary>The production page in real browsers: live across sessions, and how each of its states looks on a laptop and a phone.</summary>
[Collection(AppCollection.Name)]
public sealed class ProductionLiveTests(AppHost app)
{
    private T AsSystem<T>(IServiceScope scope) where T : notnull =>
        ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider, (ICurrentUser)new FixedCurrentUser(Actor.System));

    private async Task<IPage> OpenAsync(string path = "/production", int width = 1280, int height = 800)
    {
        var page = await app.NewPageAsync(width, height);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
        return page;
    }

    private static async Task RecordAsync(IPage page, string product, int packets, string notes)
    {
        await page.ClickAsync("#batch-form .field-MixId");
        await page.ClickAsync($".mud-popover-open .mud-list-item:has-text('{product}')");
        // Choosing fills the form in two renders (expected packets, then the recipe's lines); typing before the second
        // lands in a field that is being reset.
        await page.WaitForSelectorAsync("#batch-lines .batch-line");
        await page.FillAsync("#batch-form .field-ActualPackets input", packets.ToString());
        Assert.Equal(packets.ToString(), await page.InputValueAsync("#batch-form .field-ActualPackets input"));
        await page.FillAsync("#batch-form .field-StartTime input", "06:10");
        await page.FillAsync("#batch-form .field-EndTime input", "07:25");
        await page.FillAsync("#batch-form .field-QualityNotes input", notes);
        await page.ClickAsync("#record-batch");
    }

    [Fact]
    public async Task A_batch_recorded_in_one_browser_appears_in_another_without_a_reload()
    {
        var recorder = await OpenAsync();
        var watcher = await OpenAsync(width: 390, height: 844);
        var navigations = 0;
        watcher.FrameNavigated += (_, _) => navigations++;
        var notes = $"Live check {Guid.NewGuid():N}"[..20];

        await RecordAsync(recorder, "KDF", 104, notes);

        await recorder.WaitForSelectorAsync($"#batch-table .batch-details:has-text('{notes}'), #batch-refused", new() { Timeout = 30_000 });
        Assert.Equal("", await recorder.Locator("#batch-refused").CountAsync() > 0 ? await recorder.InnerTextAsync("#batch-refused") : "");
        await watcher.WaitForSelectorAsync($"#batch-table .batch-details:has-text('{notes}')", new() { Timeout = 30_000 });
        Assert.Equal(0, navigations);
        Assert.False(await watcher.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await recorder.ScreenshotAsync("laptop-production-batch-recorded");
        await watcher.ScreenshotAsync("phone-production-batch-live");
    }

    [Theory]
    [InlineData(1280, 800, "laptop")]
    [InlineData(390, 844, "phone")]
    public async Task Every_state_of_a_production_day_looks_right(int width, int height, string device)
    {
        var day = await ClosedPastDayAsync();
        var page = await OpenAsync($"/production?day={day:yyyy-MM-dd}", width, height);
        await page.WaitForSelectorAsync("#day-report .variance-flagged");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await page.ScreenshotAsync($"{device}-production-closed-day-report");

        await page.ClickAsync("#reopen-day");
        await page.WaitForSelectorAsync(".mud-dialog .field-Reason");
        await page.ScreenshotAsync($"{device}-production-reopen-dialog");
        await page.ClickAsync(".mud-dialog button:has-text('Cancel')");

        await TodayHasABatchAsync();
        await page.GotoAsync("/production");
        await page.WaitForCircuitAsync();
        await page.WaitForSelectorAsync("#add-indirect");
        await page.ScreenshotAsync($"{device}-production-today");
        await page.Locator("#batch-table .edit-batch").First.ClickAsync();
        await page.WaitForSelectorAsync(".mud-dialog .save-batch");
        await page.ScreenshotAsync($"{device}-production-edit-dialog");
        await page.ClickAsync(".mud-dialog button:has-text('Cancel')");
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        await page.WaitForSelectorAsync("#closing-countdown .countdown-left");
        await page.ScreenshotAsync($"{device}-dashboard-countdown");
    }

    private async Task TodayHasABatchAsync()
    {
        using var scope = app.Services.CreateScope();
        var production = AsSystem<ProductionService>(scope);
        if ((await production.DayAsync()).Batches.Count > 0) return;
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        var mix = await db.Mixes.Where(m => m.IsActive && m.Product!.Name == "Scones").SingleAsync();
        await production.RecordBatchAsync(new BatchInput(mix.Id, 100, StartTime: new TimeOnly(8, 0), QualityNotes: "For the look"));
    }

    /// <summary>A day long enough ago that no other test writes to it: a Bread batch with rejects, diesel, a short count, closed.</summary>
    private async Task<DateOnly> ClosedPastDayAsync()
    {
        using var scope = app.Services.CreateScope();
        var clock = scope.ServiceProvider.GetRequiredService<BusinessClock>();
        var day = clock.Today.AddDays(-30);
        var production = AsSystem<ProductionService>(scope);
        if ((await production.DayAsync(day)).IsClosed) return day;
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        var mix = await db.Mixes.Include(m => m.Product).Where(m => m.IsActive && m.Product!.Name == "Bread").SingleAsync();
        await production.RecordBatchAsync(new BatchInput(mix.Id, 128, 4, new TimeOnly(5, 30), new TimeOnly(7, 10), "Slightly pale", Day: day));
        await production.AddIndirectCostAsync(new IndirectCostInput(IndirectCostType.Diesel, 1200m, "20 L diesel"), day);
        await production.RecordFinishedCountAsync(mix.ProductId, Grade.Regular, 110, day);
        await AsSystem<DayClosingService>(scope).CloseDayAsync(day);
        return day;
    }
}
