using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Catalog;

/// <summary>
/// The selling prices the spec gives (DOMAIN §2.1–2.3), in force from 1 September 2025, added when a product and
/// channel has no price at all. KDF's distributor price varies in the workbook (90 or 100), so it is left for the
/// accountant to set on the price board.
/// Runs after <see cref="CatalogSeeder"/>; a product that is missing is skipped.
/// </summary>
public sealed class PriceSeeder(IDbContextFactory<ChesantoDbContext> dbs, TimeProvider time)
{
    public static readonly DateOnly SeededFrom = new(2025, 9, 1);

    private static readonly (string Product, PriceChannel Channel, decimal Price)[] Prices =
    [
        ("Bread", PriceChannel.Sales, 60m),
        ("Bread", PriceChannel.Distributor, 55m),
        ("Bread", PriceChannel.Rejects, 50m),
        ("KDF", PriceChannel.Sales, 100m),
        ("Scones", PriceChannel.Sales, 50m),
        ("Scones", PriceChannel.Distributor, 45m),
    ];

    public async Task SeedAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = Common.Actor.System;
        var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
        var priced = await db.ProductPrices.Select(p => new { p.ProductId, p.Channel }).Distinct().ToListAsync();
        foreach (var (name, channel, price) in Prices)
        {
            if (!products.TryGetValue(name, out var productId)) continue;
            if (priced.Any(p => p.ProductId == productId && p.Channel == channel)) continue;
            db.ProductPrices.Add(new ProductPrice
            {
                ProductId = productId, Channel = channel, PricePerPacket = price, EffectiveFrom = SeededFrom, SetAt = time.GetUtcNow(),
            });
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }
}
