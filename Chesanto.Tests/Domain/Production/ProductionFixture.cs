using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Production;

/// <summary>A seeded bakery (products, items, recipes, prices, opening stock) with a production manager, an accountant and a superadmin.</summary>
public abstract class ProductionFixture : IAsyncLifetime
{
    protected readonly DomainHost host = new();
    protected ApplicationUser manager = null!, accountant = null!, superadmin = null!;
    protected int bread, kdf, scones, breadMix, kdfMix, sconesMix;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<PriceSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        manager = await host.CreateUserAsync("manager@chesanto.test", Role.ProductManager);
        accountant = await host.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        superadmin = await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);
        await using var db = await host.NewDbAsync();
        var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
        (bread, kdf, scones) = (products["Bread"], products["KDF"], products["Scones"]);
        var mixes = await db.Mixes.Where(m => m.IsActive).ToDictionaryAsync(m => m.ProductId, m => m.Id);
        (breadMix, kdfMix, sconesMix) = (mixes[bread], mixes[kdf], mixes[scones]);
        host.ActAs(manager);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    protected ProductionService Production => host.Get<ProductionService>();
    protected DayClosingService Closing => host.Get<DayClosingService>();
    protected StockLedger Ledger => host.Get<StockLedger>();
    protected FinishedGoodsLedger Goods => host.Get<FinishedGoodsLedger>();

    protected async Task<int> ItemAsync(string name)
    {
        await using var db = await host.NewDbAsync();
        return await db.InventoryItems.Where(i => i.Name == name).Select(i => i.Id).SingleAsync();
    }

    protected async Task<decimal> BalanceAsync(string name) => await Ledger.BalanceAsync(await ItemAsync(name));

    /// <summary>Sets an item's price so that one recipe unit costs <paramref name="perRecipeUnit"/>.</summary>
    protected async Task PriceAsync(string name, decimal perRecipeUnit)
    {
        await using var db = await host.NewDbAsync();
        var item = await db.InventoryItems.SingleAsync(i => i.Name == name);
        item.CostPerPurchaseUnit = perRecipeUnit * item.ConversionFactor;
        await db.SaveChangesAsync();
    }

    protected async Task<int> AvailableAsync(int productId, Grade grade = Grade.Regular) =>
        (await Goods.AvailableAsync()).GetValueOrDefault((productId, grade));

    protected async Task<List<StockMovement>> BatchMovementsAsync(int batchId, string item)
    {
        var id = await ItemAsync(item);
        await using var db = await host.NewDbAsync();
        return await db.StockMovements.Where(m => m.InventoryItemId == id && m.ReferenceType == ProductionBatch.ReferenceType
            && m.ReferenceId == batchId.ToString()).OrderBy(m => m.Id).ToListAsync();
    }
}
