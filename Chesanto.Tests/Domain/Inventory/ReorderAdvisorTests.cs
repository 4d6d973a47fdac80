using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class ReorderAdvisorTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private int flour, sugar, cookingFat;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("store@chesanto.test", Role.ProductManager));
        var items = await host.Get<CatalogService>().ListItemsAsync();
        flour = items.Single(i => i.Name == "Wheat Flour").Id;
        sugar = items.Single(i => i.Name == "Sugar").Id;
        cookingFat = items.Single(i => i.Name == "Cooking Fat").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private StockLedger Ledger => host.Get<StockLedger>();
    private async Task<ReorderStatus> StatusOfAsync(int itemId) =>
        (await host.Get<ReorderAdvisor>().StatusAsync()).Single(s => s.InventoryItemId == itemId);

    [Fact]
    public async Task Baking_with_24_kg_of_flour_a_day_for_a_month_leaves_60_kg_and_two_critical_days()
    {
        await Ledger.PostAsync(flour, StockMovementType.Purchase, 136m, "Flour delivery");
        var bakingDays = 0;
        for (var day = 0; day < ReorderAdvisor.WindowDays; day++)
        {
            if (day > 0) host.Time.Advance(TimeSpan.FromDays(1));
            if (host.Time.GetUtcNow().AddHours(3).DayOfWeek == DayOfWeek.Sunday) continue;
            await Ledger.PostAsync(flour, StockMovementType.ProductionUse, -24m, "Bread mixing");
            bakingDays++;
        }

        var status = await StatusOfAsync(flour);

        Assert.Equal(24, bakingDays);
        Assert.Equal(60m, status.Stock);
        Assert.Equal(24m, status.AverageDailyUsage);
        Assert.Equal(2, status.DaysRemaining);
        Assert.Equal(StockLevel.Critical, status.Level);
    }

    [Fact]
    public async Task Flour_used_before_the_four_week_window_does_not_count()
    {
        await Ledger.PostAsync(flour, StockMovementType.ProductionUse, -100m, "Bread mixing");
        host.Time.Advance(TimeSpan.FromDays(ReorderAdvisor.WindowDays));

        var status = await StatusOfAsync(flour);

        Assert.Null(status.DaysRemaining);
        Assert.Equal(StockLevel.Ok, status.Level);
    }

    [Fact]
    public async Task Unused_sugar_above_its_reorder_level_is_ok_with_no_days_counted()
    {
        var status = await StatusOfAsync(sugar);

        Assert.Equal(100m, status.Stock);
        Assert.Equal(0m, status.AverageDailyUsage);
        Assert.Null(status.DaysRemaining);
        Assert.Equal(StockLevel.Ok, status.Level);
    }

    [Fact]
    public async Task Unused_sugar_below_its_reorder_level_is_low()
    {
        await Ledger.PostAsync(sugar, StockMovementType.CountAdjustment, -40m, "Counted 60 kg");

        Assert.Equal(StockLevel.Low, (await StatusOfAsync(sugar)).Level);
    }

    [Fact]
    public async Task Cooking_fat_all_used_up_is_out()
    {
        await Ledger.PostAsync(cookingFat, StockMovementType.ProductionUse, -50m, "Mandazi frying");

        var status = await StatusOfAsync(cookingFat);

        Assert.Equal(0m, status.Stock);
        Assert.Equal(0, status.DaysRemaining);
        Assert.Equal(StockLevel.Out, status.Level);
    }
}
