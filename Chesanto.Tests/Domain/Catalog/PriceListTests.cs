using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Catalog;

public sealed class PriceListTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<PriceSeeder>().SeedAsync();
    }
    public Task DisposeAsync() => host.DisposeAsync();

    private DateOnly Today => BusinessClock.BusinessDayOf(host.Time.GetUtcNow());

    private async Task<PriceListService> AsAdminAsync()
    {
        host.ActAs(await host.CreateUserAsync("admin@chesanto.test", Role.Admin));
        return host.Get<PriceListService>();
    }

    private async Task<int> ProductIdAsync(string name)
    {
        await using var db = await host.NewDbAsync();
        return await db.Products.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task A_loaf_of_bread_sells_at_60_to_distributors_55_and_rejects_50()
    {
        var prices = await AsAdminAsync();
        var bread = await ProductIdAsync("Bread");

        Assert.Equal(60m, (await prices.PriceOnAsync(bread, PriceChannel.Sales, Today))!.PricePerPacket);
        Assert.Equal(50m, (await prices.PriceOnAsync(bread, PriceChannel.Rejects, Today))!.PricePerPacket);
        Assert.Equal(55m, (await prices.PriceOnAsync(bread, PriceChannel.Distributor, Today))!.PricePerPacket);
        var board = await prices.PriceBoardAsync();
        Assert.Equal(60m, board.Single(r => r.Product == "Bread" && r.Channel == PriceChannel.Sales).Today!.PricePerPacket);
        Assert.Equal(100m, board.Single(r => r.Product == "KDF" && r.Channel == PriceChannel.Sales).Today!.PricePerPacket);
        Assert.Equal(50m, board.Single(r => r.Product == "Scones" && r.Channel == PriceChannel.Sales).Today!.PricePerPacket);
        Assert.Null(board.Single(r => r.Product == "KDF" && r.Channel == PriceChannel.Distributor).Today);
        Assert.DoesNotContain(board, r => r.Product == "KDF" && r.Channel == PriceChannel.Rejects);
    }

    [Fact]
    public async Task Bread_raised_to_65_today_still_sells_at_60_until_tomorrow()
    {
        var prices = await AsAdminAsync();
        var bread = await ProductIdAsync("Bread");

        var set = await prices.SetPriceAsync(bread, PriceChannel.Sales, 65m);

        Assert.Equal(Today.AddDays(1), set.EffectiveFrom);
        Assert.Equal(60m, (await prices.PriceOnAsync(bread, PriceChannel.Sales, Today))!.PricePerPacket);
        Assert.Equal(60m, (await prices.PriceBoardAsync()).Single(r => r.ProductId == bread && r.Channel == PriceChannel.Sales).Today!.PricePerPacket);
        host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(65m, (await prices.PriceOnAsync(bread, PriceChannel.Sales, Today))!.PricePerPacket);
        Assert.Equal(65m, (await prices.PriceBoardAsync()).Single(r => r.ProductId == bread && r.Channel == PriceChannel.Sales).Today!.PricePerPacket);
        Assert.Equal(60m, (await prices.PriceOnAsync(bread, PriceChannel.Sales, Today.AddDays(-1)))!.PricePerPacket);
    }

    [Fact]
    public async Task Changing_the_bread_price_twice_in_a_day_keeps_only_the_last_for_tomorrow()
    {
        var prices = await AsAdminAsync();
        var bread = await ProductIdAsync("Bread");

        await prices.SetPriceAsync(bread, PriceChannel.Sales, 65m);
        await prices.SetPriceAsync(bread, PriceChannel.Sales, 62m);

        await using var db = await host.NewDbAsync();
        var future = await db.ProductPrices.Where(p => p.ProductId == bread && p.Channel == PriceChannel.Sales && p.EffectiveFrom > Today).ToListAsync();
        Assert.Equal(62m, Assert.Single(future).PricePerPacket);
        Assert.Equal(60m, (await prices.PriceOnAsync(bread, PriceChannel.Sales, Today))!.PricePerPacket);
    }

    [Fact]
    public async Task A_production_manager_cannot_set_the_bread_price()
    {
        host.ActAs(await host.CreateUserAsync("production@chesanto.test", Role.ProductManager));
        var bread = await ProductIdAsync("Bread");

        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<PriceListService>().SetPriceAsync(bread, PriceChannel.Sales, 65m));
    }

    [Fact]
    public async Task Free_scones_are_refused_at_the_price()
    {
        var prices = await AsAdminAsync();
        var scones = await ProductIdAsync("Scones");

        var refusal = await Assert.ThrowsAsync<DomainException>(() => prices.SetPriceAsync(scones, PriceChannel.Sales, 0m));

        Assert.Equal("Price", refusal.Field);
    }

    [Fact]
    public async Task Seeding_the_prices_again_adds_nothing()
    {
        await host.Get<PriceSeeder>().SeedAsync();

        await using var db = await host.NewDbAsync();
        Assert.Equal(6, await db.ProductPrices.CountAsync());
        Assert.All(await db.ProductPrices.ToListAsync(), p => Assert.Equal(PriceSeeder.SeededFrom, p.EffectiveFrom));
    }
}
