using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Chesanto.Tests.EndToEnd;

/// <summary>Open stock boards follow every movement over their own circuits, with no reload.</summary>
[Collection(AppCollection.Name)]
public sealed class StockBoardLiveTests(AppHost app)
{
    /// <summary>The ledger as a job or another clerk's circuit would use it, on the app's own event hub.</summary>
    private StockLedger LedgerIn(IServiceScope scope) =>
        ActivatorUtilities.CreateInstance<StockLedger>(scope.ServiceProvider, (ICurrentUser)new FixedCurrentUser(Actor.System));

    private async Task<int> ItemIdAsync(string name)
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        return await db.InventoryItems.Where(i => i.Name == name).Select(i => i.Id).SingleAsync();
    }

    private async Task<IPage> OpenBoardAsync()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/inventory");
        await page.WaitForCircuitAsync();
        return page;
    }

    private static Task ShowsAsync(IPage board, int itemId, decimal stock) =>
        board.WaitForSelectorAsync($"#stock-board tr.item-{itemId} .board-stock:text-is('{stock:#,0.###} kg')");

    [Fact]
    public async Task A_second_open_board_shows_a_movement_posted_by_someone_else_without_a_reload()
    {
        var sugar = await ItemIdAsync("Sugar");
        var first = await OpenBoardAsync();
        var second = await OpenBoardAsync();
        using var scope = app.Services.CreateScope();
        var ledger = LedgerIn(scope);
        var before = await ledger.BalanceAsync(sugar);
        await ShowsAsync(second, sugar, before);
        var navigations = 0;
        second.FrameNavigated += (_, _) => navigations++;

        await ledger.PostAsync(sugar, StockMovementType.CountAdjustment, 1.25m, "Found a part bag behind the oven");

        await ShowsAsync(first, sugar, before + 1.25m);
        await ShowsAsync(second, sugar, before + 1.25m);
        Assert.Equal(0, navigations);
    }

    [Fact]
    public async Task A_count_adjustment_posted_on_the_item_page_reaches_an_open_board()
    {
        var flour = await ItemIdAsync("Wheat Flour");
        var board = await OpenBoardAsync();
        using var scope = app.Services.CreateScope();
        var before = await LedgerIn(scope).BalanceAsync(flour);
        await ShowsAsync(board, flour, before);

        var clerk = await app.NewPageAsync(390, 844);
        await clerk.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await clerk.WaitForURLAsync(app.BaseUrl + "/");
        await clerk.GotoAsync($"/inventory/items/{flour}");
        await clerk.WaitForCircuitAsync();
        await clerk.FillAsync("#post-movement .field-Quantity input", "-3");
        await clerk.FillAsync("#post-movement .field-Reason input", "Counted 3 kg less");
        await clerk.ClickAsync("#post-movement-button");

        await clerk.WaitForSelectorAsync(".item-stock:has-text('" + $"{before - 3m:#,0.###} kg" + "')");
        await clerk.WaitForSelectorAsync("#history-table tbody .movement-reason:has-text('Counted 3 kg less')");
        await ShowsAsync(board, flour, before - 3m);
        await clerk.ScreenshotAsync("phone-item-detail-after-post");
    }
}
