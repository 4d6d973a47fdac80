using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Catalog;

public sealed class CatalogServiceTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
    }
    public Task DisposeAsync() => host.DisposeAsync();

    private async Task<CatalogService> AsProductionManagerAsync()
    {
        host.ActAs(await host.CreateUserAsync("production@chesanto.test", Role.ProductManager));
        return host.Get<CatalogService>();
    }

    private static async Task<ProductCard> CardAsync(CatalogService catalog, string product) =>
        (await catalog.ListProductsAsync()).Single(c => c.Product.Name == product);

    private static async Task<InventoryItem> ItemAsync(CatalogService catalog, string name) =>
        (await catalog.ListItemsAsync()).Single(i => i.Name == name);

    [Fact]
    public async Task The_bread_mix_costs_32_shillings_a_loaf()
    {
        var bread = await CardAsync(await AsProductionManagerAsync(), "Bread");

        Assert.Equal("Mix 1", bread.ActiveMix!.Name);
        Assert.Equal(132, bread.Cost!.ExpectedPackets);
        Assert.Equal(4_224.38m, bread.Cost.TotalShown);
        Assert.Equal(32.00m, bread.Cost.PerPacketShown);
    }

    [Fact]
    public async Task The_KDF_mix_costs_59_52_a_packet_at_the_workbooks_prices()
    {
        var kdf = await CardAsync(await AsProductionManagerAsync(), "KDF");

        Assert.Equal(6_368.20m, kdf.Cost!.TotalShown);
        Assert.Equal(59.52m, kdf.Cost.PerPacketShown);
    }

    [Fact]
    public async Task Salt_is_stored_at_35_50_a_kilo_and_costs_0_0355_a_gram()
    {
        var salt = await ItemAsync(await AsProductionManagerAsync(), "Salt");

        Assert.Equal(35.5m, salt.CostPerPurchaseUnit);
        Assert.Equal(0.0355m, salt.CostPerRecipeUnit);
    }

    [Fact]
    public async Task A_new_flour_price_shows_in_the_bread_cost_at_once()
    {
        var catalog = await AsProductionManagerAsync();
        var flour = await ItemAsync(catalog, "Wheat Flour");
        flour.CostPerPurchaseUnit = 4_000m; // 80 a kilo instead of 73: 36 kg cost 252 more

        await catalog.SaveItemAsync(flour);

        Assert.Equal(4_476.38m, (await CardAsync(catalog, "Bread")).Cost!.TotalShown);
    }

    [Fact]
    public async Task Salt_measured_in_millilitres_is_refused()
    {
        var catalog = await AsProductionManagerAsync();
        var bread = await CardAsync(catalog, "Bread");
        var salt = await ItemAsync(catalog, "Salt");
        var lines = bread.ActiveMix!.Lines.Select(l => new MixLineInput(l.InventoryItemId, l.Quantity, l.Unit))
            .Where(l => l.InventoryItemId != salt.Id).Append(new MixLineInput(salt.Id, 280, "ml")).ToList();

        var refusal = await Assert.ThrowsAsync<DomainException>(() => catalog.SetLinesAsync(bread.ActiveMix.Id, lines));

        Assert.Equal(nameof(MixIngredient.Unit), refusal.Field);
        Assert.Equal(32.00m, (await CardAsync(catalog, "Bread")).Cost!.PerPacketShown);
    }

    [Fact]
    public async Task Activating_bread_mix_version_2_retires_version_1()
    {
        var catalog = await AsProductionManagerAsync();
        var v1 = (await CardAsync(catalog, "Bread")).ActiveMix!;
        var v2 = await catalog.CreateMixVersionAsync(v1.Id, "Calcium down to 60 g, as the bakers do.");
        var calcium = await ItemAsync(catalog, "Calcium");
        await catalog.SetLinesAsync(v2.Id, v1.Lines.Select(l => new MixLineInput(l.InventoryItemId, l.InventoryItemId == calcium.Id ? 60 : l.Quantity, l.Unit)).ToList());

        await catalog.ActivateMixAsync(v2.Id);

        var mixes = await catalog.ListMixesAsync(v1.ProductId);
        Assert.Equal(new[] { (2, true), (1, false) }, mixes.Select(m => (m.Mix.Version, m.Mix.IsActive)));
        var bread = await CardAsync(catalog, "Bread");
        Assert.Equal(v2.Id, bread.ActiveMix!.Id);
        Assert.Equal(4_224.38m - 3.40m, bread.Cost!.TotalShown);
    }

    [Fact]
    public async Task A_sales_rep_cannot_change_a_price()
    {
        var catalog = await AsProductionManagerAsync();
        var flour = await ItemAsync(catalog, "Wheat Flour");
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        flour.CostPerPurchaseUnit = 1m;

        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<CatalogService>().SaveItemAsync(flour));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<CatalogService>().ListProductsAsync());
    }

    [Fact]
    public async Task A_department_head_sees_the_costs_but_cannot_start_a_new_recipe()
    {
        host.ActAs(await host.CreateUserAsync("head@chesanto.test", Role.DeptHead));
        var catalog = host.Get<CatalogService>();
        var bread = await CardAsync(catalog, "Bread");

        await Assert.ThrowsAsync<PermissionDeniedException>(() => catalog.CreateMixVersionAsync(bread.ActiveMix!.Id));
    }

    [Fact]
    public async Task A_second_item_called_Sugar_is_refused()
    {
        var catalog = await AsProductionManagerAsync();

        var refusal = await Assert.ThrowsAsync<DomainException>(() => catalog.SaveItemAsync(new InventoryItem
        {
            Name = " Sugar ", Category = InventoryCategory.Raw, PurchaseUnit = Units.Kg, RecipeUnit = Units.Kg, ConversionFactor = 1, CostPerPurchaseUnit = 150,
        }));

        Assert.Equal(nameof(InventoryItem.Name), refusal.Field);
    }

    [Fact]
    public async Task A_kilo_bought_as_anything_but_1000_grams_is_refused()
    {
        var catalog = await AsProductionManagerAsync();
        var improver = await ItemAsync(catalog, "Bread Improver");
        improver.ConversionFactor = 100;

        var refusal = await Assert.ThrowsAsync<DomainException>(() => catalog.SaveItemAsync(improver));

        Assert.Equal(nameof(InventoryItem.ConversionFactor), refusal.Field);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing_and_keeps_the_bakerys_edits()
    {
        var catalog = await AsProductionManagerAsync();
        var sugar = await ItemAsync(catalog, "Sugar");
        sugar.CostPerPurchaseUnit = 7_350m;
        await catalog.SaveItemAsync(sugar);
        await using var before = await host.NewDbAsync();
        var counts = (await before.Products.CountAsync(), await before.InventoryItems.CountAsync(), await before.Mixes.CountAsync(),
            await before.MixIngredients.CountAsync(), await before.AuditEntries.CountAsync());

        await host.Get<CatalogSeeder>().SeedAsync();

        await using var after = await host.NewDbAsync();
        Assert.Equal((3, 20, 3, 21), (counts.Item1, counts.Item2, counts.Item3, counts.Item4));
        Assert.Equal(counts, (await after.Products.CountAsync(), await after.InventoryItems.CountAsync(), await after.Mixes.CountAsync(),
            await after.MixIngredients.CountAsync(), await after.AuditEntries.CountAsync()));
        Assert.Equal(7_350m, (await ItemAsync(catalog, "Sugar")).CostPerPurchaseUnit);
    }
}
