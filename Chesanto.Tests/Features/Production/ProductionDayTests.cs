using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Tests.Features.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Production;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Chesanto.Tests.Features.Production;

/// <summary>A whole production day from the page: times and notes, corrections, indirect costs, count, close, past days.</summary>
public sealed class ProductionDayTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser manager = null!, accountant = null!;
    private int bread, kdf, kdfMix;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<PriceSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        manager = await host.Domain.CreateUserAsync("production@chesanto.test", Role.ProductManager);
        accountant = await host.Domain.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        await using var db = await host.Domain.NewDbAsync();
        bread = await db.Products.Where(p => p.Name == "Bread").Select(p => p.Id).SingleAsync();
        kdf = await db.Products.Where(p => p.Name == "KDF").Select(p => p.Id).SingleAsync();
        kdfMix = await db.Mixes.Where(m => m.IsActive && m.ProductId == kdf).Select(m => m.Id).SingleAsync();
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private ProductionService Production => host.Domain.Get<ProductionService>();

    private static async Task ChooseAsync(IRenderedComponent<ProductionBoard> page, int productId)
    {
        var select = page.FindComponents<MudSelect<int>>().First(s => s.Instance.Class?.Contains("field-MixId") == true);
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(productId));
    }

    [Fact]
    public async Task The_manager_records_times_and_notes_and_only_bread_asks_for_rejects()
    {
        host.SignInAs(manager);
        var page = host.Render<ProductionBoard>();
        page.WaitForElement("#record-batch");
        await ChooseAsync(page, kdf);
        Assert.Empty(page.FindAll(".field-Rejects"));
        await ChooseAsync(page, bread);
        page.WaitForElement(".field-Rejects");
        page.Find(".field-StartTime input").Change("07:00");
        page.Find(".field-EndTime input").Change("08:30");
        page.Find(".field-QualityNotes input").Change("Good crust");
        await page.Find("#record-batch").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("07:00–08:30 · Good crust", page.Find("#batch-table .batch-details").TextContent));
        var batch = Assert.Single((await Production.DayAsync()).Batches);
        Assert.Equal((new TimeOnly(7, 0), new TimeOnly(8, 30)), (batch.StartTime, batch.EndTime));
        Assert.Empty(page.FindAll(".edit-batch")); // correcting is the accountant's
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_at_the_end_time()
    {
        host.SignInAs(manager);
        var page = host.Render<ProductionBoard>();
        page.WaitForElement("#record-batch");
        await ChooseAsync(page, kdf);
        page.Find(".field-StartTime input").Change("09:00");
        page.Find(".field-EndTime input").Change("08:00");
        await page.Find("#record-batch").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("cannot end before it starts", page.Find(".field-EndTime").TextContent));
        Assert.Empty((await Production.DayAsync()).Batches);
    }

    [Fact]
    public async Task The_accountant_corrects_a_batch_and_is_refused_at_the_packets_when_they_already_left_the_store()
    {
        host.SignInAs(accountant);
        var batch = await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        await host.Domain.Get<FinishedGoodsLedger>().AdjustAsync(kdf, Grade.Regular, FinishedGoodsMovementType.Damage, -100, "Dropped crate");
        var screen = host.Open<ProductionBoard>();

        screen.Page.WaitForElement(".batch-1 .edit-batch").Click();
        screen.Dialogs.WaitForElement(".edit-ActualPackets input").Change("50");
        screen.Dialogs.Find(".save-batch").Click();
        screen.Dialogs.WaitForAssertion(() => Assert.Contains("Only 5 KDF in the store", screen.Dialogs.Find(".edit-ActualPackets").TextContent));

        screen.Dialogs.Find(".edit-ActualPackets input").Change("100");
        screen.Dialogs.Find(".edit-QualityNotes input").Change("Recounted");
        screen.Dialogs.Find(".save-batch").Click();
        screen.Page.WaitForAssertion(() => Assert.Contains("Recounted", screen.Page.Find(".batch-1").TextContent));
        Assert.Equal(100, (await Production.DayAsync()).Batches.Single(b => b.Id == batch.Id).ActualPackets);
        Assert.Equal(0, (await host.Domain.Get<FinishedGoodsLedger>().AvailableAsync())[(kdf, Grade.Regular)]);
    }

    [Fact]
    public async Task The_accountant_deletes_a_batch_only_with_a_reason_after_confirming()
    {
        host.SignInAs(accountant);
        await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        var screen = host.Open<ProductionBoard>();

        screen.Page.WaitForElement(".batch-1 .delete-batch").Click();
        screen.Dialogs.WaitForElement(".confirm-reason").Click();
        screen.Dialogs.WaitForAssertion(() => Assert.Contains("Say why the batch is deleted.", screen.Dialogs.Find(".field-Reason").TextContent));
        Assert.Single((await Production.DayAsync()).Batches);

        screen.Dialogs.Find(".field-Reason input").Change("Entered twice");
        screen.Dialogs.Find(".confirm-reason").Click();
        screen.Page.WaitForAssertion(() => Assert.Empty(screen.Page.FindAll("#batch-table tbody tr .margin")));
        Assert.Empty((await Production.DayAsync()).Batches);
        Assert.False((await host.Domain.Get<FinishedGoodsLedger>().AvailableAsync()).GetValueOrDefault((kdf, Grade.Regular)) > 0);
    }

    [Fact]
    public async Task Indirect_costs_are_entered_as_rows_and_the_batches_allocation_follows()
    {
        host.SignInAs(accountant);
        await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        var screen = host.Open<ProductionBoard>();
        var page = screen.Page;
        page.WaitForElement("#add-indirect");

        screen.Choose(page, ".field-Type", "Diesel");
        page.Find(".field-Amount input").Change("1500");
        page.Find(".field-Description input").Change("20 L diesel");
        await page.Find("#add-indirect").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("1,500.00", page.Find("#indirect-total").TextContent));
        Assert.Contains("1,500.00", page.Find(".batch-1").TextContent); // one batch takes all of it

        screen.Choose(page, ".field-Type", "Distribution fuel");
        page.Find(".field-Amount input").Change("500");
        await page.Find("#add-indirect").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("2,000.00", page.Find(".batch-1").TextContent));

        await page.FindAll(".remove-indirect").First().ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("500.00", page.Find("#indirect-total").TextContent));
        Assert.Equal(500m, (await Production.DayAsync()).Cost.Indirect);

        page.Find(".field-Amount input").Change("-3");
        await page.Find("#add-indirect").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Enter an amount above zero.", page.Find(".field-Amount").TextContent));
    }

    [Fact]
    public async Task A_count_entered_before_closing_shows_in_the_days_report_with_its_variance_flagged()
    {
        host.SignInAs(accountant);
        await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        var screen = host.Open<ProductionBoard>();
        var page = screen.Page;

        page.WaitForElement($".count-{kdf}-regular .count-input input").Change("90");
        await page.Find("#save-count").ClickAsync(new());
        await page.WaitForAssertionAsync(async () => Assert.Equal(90, Assert.Single(await Production.CountsAsync(host.Domain.Time.Today())).Counted));

        page.Find("#close-day").Click();
        screen.Dialogs.WaitForAssertion(() => Assert.Contains("Close today's production?", screen.Dialogs.Markup));
        screen.Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Close the day").Click();

        page.WaitForElement("#day-report");
        var row = page.Find("#closing-stock tr.variance-flagged");
        Assert.Contains("KDF", row.TextContent);
        Assert.Contains("-15 (14.29 %) · investigate", row.TextContent);
        Assert.NotNull(page.Find("#report-variance"));
        Assert.Empty(page.FindAll("#finished-count"));
        Assert.Empty(page.FindAll("#add-indirect"));
    }

    [Fact]
    public async Task A_past_day_is_read_only_and_a_superadmin_reopens_it_with_a_reason()
    {
        host.SignInAs(manager);
        await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        var superadmin = await host.Domain.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);
        host.SignInAs(superadmin);
        var yesterday = host.Domain.Time.Today();
        await host.Domain.Get<DayClosingService>().CloseDayAsync(yesterday);
        host.Domain.Time.Advance(TimeSpan.FromDays(1));
        host.Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"production?day={yesterday:yyyy-MM-dd}");
        var screen = host.Open<ProductionBoard>();
        var page = screen.Page;

        page.WaitForElement("#day-closed");
        Assert.Single(page.FindAll("#batch-table tbody tr .margin"));
        Assert.Empty(page.FindAll("#record-batch"));
        Assert.Empty(page.FindAll(".edit-batch"));
        Assert.NotNull(page.Find("#day-report"));

        page.Find("#reopen-day").Click();
        screen.Dialogs.WaitForElement(".field-Reason input").Change("Flour receipt was entered late");
        screen.Dialogs.Find(".confirm-reason").Click();
        page.WaitForElement("#day-not-closed");
        Assert.NotNull(page.Find("#record-batch"));
        Assert.False((await Production.DayAsync(yesterday)).IsClosed);
    }
}

internal static class FakeTimeToday
{
    public static DateOnly Today(this Microsoft.Extensions.Time.Testing.FakeTimeProvider time) =>
        Chesanto.Domain.Common.BusinessClock.BusinessDayOf(time.GetUtcNow());
}
