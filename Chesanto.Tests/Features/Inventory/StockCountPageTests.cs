using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Inventory;

namespace Chesanto.Tests.Features.Inventory;

public sealed class StockCountPageTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private int flour, sugar;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        host.SignInAs(await host.Domain.CreateUserAsync("production@chesanto.test", Role.ProductManager));
        var items = await host.Domain.Get<CatalogService>().ListItemsAsync();
        flour = items.Single(i => i.Name == "Wheat Flour").Id;
        sugar = items.Single(i => i.Name == "Sugar").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Counting_90_kg_of_sugar_against_100_expected_posts_the_count_and_flags_a_10_percent_variance()
    {
        var page = host.Render<StockCount>();
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll(".count-input").Count));
        Assert.Contains("100 kg", page.FindAll("#count-table tbody tr").Single(r => r.TextContent.Contains("Sugar")).TextContent);

        page.Find($".count-{sugar} input").Change("90");
        page.Find($".count-{flour} input").Change("499");
        page.Find(".field-Note input").Change("Month-end count");
        page.WaitForAssertion(() => Assert.Contains("2 items counted", page.Find("#counted-items").TextContent));
        await page.Find("#post-count").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("1 item differs", page.Find("#count-investigate").TextContent));
        var rows = page.FindAll("#count-result-table tbody tr");
        var sugarRow = rows.Single(r => r.TextContent.Contains("Sugar"));
        Assert.Contains("count-variance-high", sugarRow.ClassName);
        Assert.Contains("Investigate", sugarRow.TextContent);
        Assert.Contains("-10 kg", sugarRow.TextContent);
        Assert.Contains("-10 %", sugarRow.QuerySelector(".count-variance")!.TextContent);
        var flourRow = rows.Single(r => r.TextContent.Contains("Wheat Flour"));
        Assert.DoesNotContain("count-variance-high", flourRow.ClassName);
        Assert.Contains("-0.2 %", flourRow.TextContent);
        Assert.Equal(2, rows.Count);

        var ledger = host.Domain.Get<StockLedger>();
        Assert.Equal(90m, await ledger.BalanceAsync(sugar));
        Assert.Equal(499m, await ledger.BalanceAsync(flour));
        Assert.Equal("Physical count: Month-end count", (await ledger.HistoryAsync(sugar, 1)).Single().Reason);
        page.WaitForAssertion(() => Assert.Contains("0 items counted", page.Find("#counted-items").TextContent));
        Assert.Contains("90 kg", page.FindAll("#count-table tbody tr").Single(r => r.TextContent.Contains("Sugar")).TextContent);
    }

    [Fact]
    public async Task Posting_with_nothing_counted_is_refused_and_moves_no_stock()
    {
        var page = host.Render<StockCount>();
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll(".count-input").Count));

        await page.Find("#post-count").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Count at least one item", page.Find("#count-refused").TextContent));
        Assert.Empty(page.FindAll("#count-result"));
        Assert.Equal(100m, await host.Domain.Get<StockLedger>().BalanceAsync(sugar));
    }
}
