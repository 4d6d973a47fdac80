using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Catalog;

namespace Chesanto.Tests.Features.Catalog;

public sealed class PricePageTests : IAsyncLifetime
{
    private readonly PageHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<PriceSeeder>().SeedAsync();
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task SignInAsync(Role role) =>
        host.SignInAs(await host.Domain.CreateUserAsync($"{role}@chesanto.test".ToLowerInvariant(), role));

    [Fact]
    public async Task An_accountant_raises_bread_to_65_from_tomorrow_and_a_production_manager_cannot()
    {
        await SignInAsync(Role.Admin);
        var bread = (await host.Domain.Get<CatalogService>().ListProductsAsync()).Single(c => c.Product.Name == "Bread").Product;
        var page = host.Render<Prices>();
        page.WaitForElement("#prices-table tbody tr");
        var cell = $".price-{bread.Id}-{PriceChannel.Sales}";

        await page.Find($"{cell} .edit-price").ClickAsync(new());
        Assert.Contains("Takes effect tomorrow", page.Find(cell).TextContent);
        page.Find(".field-Price input").Change("65");
        await page.Find(".save-price").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("65.00 from 25 Nov", page.Find(cell).TextContent));
        Assert.Empty(page.FindAll(".field-Price"));
        var row = page.Find(cell).ParentElement!;
        Assert.Equal("60.00", row.QuerySelector(".today-price")!.TextContent.Trim());
        Assert.Equal(60m, (await host.Domain.Get<PriceListService>().PriceOnAsync(bread.Id, PriceChannel.Sales, BusinessClock.BusinessDayOf(host.Domain.Time.GetUtcNow())))!.PricePerPacket);

        await SignInAsync(Role.ProductManager);
        var managerView = host.Context.Render<Prices>();
        managerView.WaitForAssertion(() => Assert.Contains("65.00 from 25 Nov", managerView.Find(cell).TextContent));
        Assert.Empty(managerView.FindAll(".edit-price"));
    }

    [Fact]
    public async Task The_first_distributor_price_for_KDF_is_set_from_a_row_with_no_price_yet()
    {
        await SignInAsync(Role.Admin);
        var kdf = (await host.Domain.Get<CatalogService>().ListProductsAsync()).Single(c => c.Product.Name == "KDF").Product;
        var page = host.Render<Prices>();
        var cell = $".price-{kdf.Id}-{PriceChannel.Distributor}";
        page.WaitForElement(cell);
        Assert.Equal("No price yet", page.Find(cell).ParentElement!.QuerySelector(".today-price")!.TextContent.Trim());

        await page.Find($"{cell} .edit-price").ClickAsync(new());
        page.Find(".field-Price input").Change("90");
        await page.Find(".save-price").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("90.00 from 25 Nov", page.Find(cell).TextContent));
        var tomorrow = BusinessClock.BusinessDayOf(host.Domain.Time.GetUtcNow()).AddDays(1);
        Assert.Equal(90m, (await host.Domain.Get<PriceListService>().PriceOnAsync(kdf.Id, PriceChannel.Distributor, tomorrow))!.PricePerPacket);
    }
}
