using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Catalog;

namespace Chesanto.Tests.Features.Catalog;

public sealed class CatalogPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task SignInAsync(Role role) =>
        host.SignInAs(await host.Domain.CreateUserAsync($"{role}@chesanto.test".ToLowerInvariant(), role));

    private async Task<ProductCard> BreadAsync() =>
        (await host.Domain.Get<CatalogService>().ListProductsAsync()).Single(c => c.Product.Name == "Bread");

    private static string Row(IRenderedComponent<Products> page, string product) =>
        page.FindAll("#products-table tbody tr").Single(r => r.QuerySelector(".product-link")!.TextContent.Trim() == product).TextContent;

    [Fact]
    public async Task The_products_page_prices_bread_at_32_shillings_a_loaf()
    {
        await SignInAsync(Role.DeptHead);

        var page = host.Render<Products>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#products-table tbody tr").Count));
        var bread = page.FindAll("#products-table tbody tr").Single(r => r.TextContent.Contains("Bread"));
        Assert.Equal("4,224.38", bread.QuerySelector(".mix-total")!.TextContent.Trim());
        Assert.Equal("32.00", bread.QuerySelector(".per-packet")!.TextContent.Trim());
        Assert.Contains("132", Row(page, "Bread"));
        Assert.Equal($"catalog/{(await BreadAsync()).Product.Id}", bread.QuerySelector(".product-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_dearer_bag_of_flour_shows_in_the_bread_recipe()
    {
        await SignInAsync(Role.ProductManager);
        var items = host.Render<Items>();
        items.WaitForElement("#items-table tbody tr");
        var flour = (await host.Domain.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour");

        await items.Find($".item-{flour.Id} .edit-price").ClickAsync(new());
        items.Find(".field-CostPerPurchaseUnit input").Change("4000");
        await items.Find(".save-price").ClickAsync(new());

        items.WaitForAssertion(() => Assert.Contains("4,000.00", items.Find($".item-{flour.Id}").TextContent));
        Assert.Empty(items.FindAll(".field-CostPerPurchaseUnit"));
        var bread = await BreadAsync();
        // The providers are already on the page from the items page: open the recipe as a second view.
        var recipe = host.Context.Render<Recipes>(p => p.Add(r => r.ProductId, bread.Product.Id));
        // 36 kg of flour at 80.00 instead of 73.00 a kilo: 252.00 more a mix.
        recipe.WaitForAssertion(() => Assert.Contains("KES 4,476.38", recipe.Find("#mix-total").TextContent));
        Assert.Contains("KES 33.91", recipe.Find("#mix-per-packet").TextContent);
    }

    [Fact]
    public async Task Flour_used_below_the_reorder_level_turns_the_stock_amber_while_the_page_is_open()
    {
        await host.Domain.Get<StockSeeder>().SeedAsync();
        await SignInAsync(Role.ProductManager);
        var items = host.Render<Items>();
        items.WaitForElement("#items-table tbody tr");
        var flour = (await host.Domain.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour");
        Assert.Contains("500 kg", items.Find($".stock-{flour.Id}").TextContent);
        Assert.Empty(items.FindAll($".stock-{flour.Id} .low-stock"));

        await host.Domain.Get<StockLedger>().PostAsync(flour.Id, StockMovementType.ProductionUse, -200m, "Bread and KDF");

        items.WaitForAssertion(() => Assert.Contains("300 kg", items.Find($".stock-{flour.Id} .low-stock").TextContent));
    }

    [Fact]
    public async Task A_negative_price_is_refused_at_the_price_field()
    {
        await SignInAsync(Role.ProductManager);
        var items = host.Render<Items>();
        items.WaitForElement("#items-table tbody tr");
        var flour = (await host.Domain.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour");

        await items.Find($".item-{flour.Id} .edit-price").ClickAsync(new());
        items.Find(".field-CostPerPurchaseUnit input").Change("-5");
        await items.Find(".save-price").ClickAsync(new());

        items.WaitForAssertion(() => Assert.Contains("cannot be negative",
            items.Find(".field-CostPerPurchaseUnit .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Equal(3_650m, (await host.Domain.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour").CostPerPurchaseUnit);
    }

    [Fact]
    public async Task A_department_head_sees_the_recipe_but_cannot_change_it()
    {
        await SignInAsync(Role.DeptHead);
        var bread = await BreadAsync();

        var page = host.Render<Recipes>(p => p.Add(r => r.ProductId, bread.Product.Id));

        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("#mix-lines tbody tr").Count));
        Assert.Contains("KES 32.00", page.Find("#mix-per-packet").TextContent);
        Assert.Contains("0.0355", page.Find("#mix-lines").TextContent); // salt, per gram
        Assert.Empty(page.FindAll("#save-mix"));
        Assert.Empty(page.FindAll("#new-version"));
        Assert.Empty(page.FindAll("#activate-mix"));
        Assert.Empty(page.FindAll(".line-quantity"));
    }

    [Fact]
    public async Task A_production_manager_writes_a_new_version_and_puts_it_in_use()
    {
        await SignInAsync(Role.ProductManager);
        var bread = await BreadAsync();
        var page = host.Render<Recipes>(p => p.Add(r => r.ProductId, bread.Product.Id));
        page.WaitForElement("#new-version");

        await page.Find("#new-version").ClickAsync(new());
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#activate-mix")));
        page.Find(".field-ExpectedPackets input").Change("130");
        await page.Find("#save-mix").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("KES 32.50", page.Find("#mix-per-packet").TextContent));
        await page.Find("#activate-mix").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#activate-mix")));
        var now = await BreadAsync();
        Assert.Equal((2, 130, 32.50m), (now.ActiveMix!.Version, now.Cost!.ExpectedPackets, now.Cost.PerPacketShown));
    }

    [Fact]
    public async Task A_zero_quantity_is_refused_and_nothing_changes()
    {
        await SignInAsync(Role.ProductManager);
        var bread = await BreadAsync();
        var page = host.Render<Recipes>(p => p.Add(r => r.ProductId, bread.Product.Id));
        page.WaitForElement("#save-mix");

        page.FindAll(".line-quantity input")[0].Change("0");
        await page.Find("#save-mix").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Enter how much", page.Find("#lines-refused").TextContent));
        Assert.Single(page.FindAll(".line-quantity .mud-input-helper-text.mud-input-error"));
        Assert.Equal(4_224.38m, (await BreadAsync()).Cost!.TotalShown);
    }
}
