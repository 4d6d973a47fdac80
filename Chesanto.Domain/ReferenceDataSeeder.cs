using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Sales;

namespace Chesanto.Domain;

/// <summary>
/// The reference data a fresh database starts with (DOMAIN §2.3 and §3.3), in dependency order. Every seeder only
/// adds what is missing, so running this at every start is safe.
/// </summary>
public sealed class ReferenceDataSeeder(CatalogSeeder catalog, PriceSeeder prices, StockSeeder stock, SupplierSeeder suppliers,
    CrateSeeder crates, UnitConversionSeeder conversions, RecipientSeeder recipients)
{
    public async Task SeedAsync()
    {
        await catalog.SeedAsync();
        await prices.SeedAsync();
        await stock.SeedAsync();
        await suppliers.SeedAsync();
        await crates.SeedAsync();
        await conversions.SeedAsync();
        await recipients.SeedAsync();
    }
}
