using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Catalog;

/// <summary>
/// The price list per product and channel (DOMAIN §13 Q6). A change takes effect from the next business day, so a
/// day's sales are always priced by the list as it stood that morning.
/// </summary>
/// <summary>One product and channel on the price board.</summary>
public sealed record PriceBoardRow(int ProductId, string Product, PriceChannel Channel, ProductPrice? Today, ProductPrice? Upcoming);

public sealed class PriceListService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser,
    BusinessClock clock, IEventHub events)
{
    /// <summary>The price in force on <paramref name="day"/>: the latest row effective on or before it; null when none is.</summary>
    public async Task<ProductPrice?> PriceOnAsync(int productId, PriceChannel channel, DateOnly day)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.ProductPrices.AsNoTracking()
            .Where(p => p.ProductId == productId && p.Channel == channel && p.EffectiveFrom <= day)
            .OrderByDescending(p => p.EffectiveFrom).FirstOrDefaultAsync();
    }

    /// <summary>
    /// Every active product on every channel, with the price in force today (null when the channel has none yet) and
    /// the price set to start tomorrow (null when nothing changes). Rejects is offered only for products with rejects.
    /// </summary>
    public async Task<IReadOnlyList<PriceBoardRow>> PriceBoardAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        var today = clock.Today;
        await using var db = await dbs.CreateDbContextAsync();
        var products = await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).ToListAsync();
        var prices = (await db.ProductPrices.AsNoTracking().ToListAsync()).ToLookup(p => (p.ProductId, p.Channel));
        return products
            .SelectMany(product => Enum.GetValues<PriceChannel>()
                .Where(channel => channel != PriceChannel.Rejects || product.SubProductName is not null)
                .Select(channel =>
                {
                    var history = prices[(product.Id, channel)];
                    return new PriceBoardRow(product.Id, product.Name, channel,
                        history.Where(p => p.EffectiveFrom <= today).MaxBy(p => p.EffectiveFrom),
                        history.Where(p => p.EffectiveFrom > today).MinBy(p => p.EffectiveFrom));
                }))
            .ToList();
    }

    /// <summary>
    /// Sets the price from tomorrow (Nairobi). A second change on the same day replaces tomorrow's row: that row has
    /// never been in force, so it is deleted (the audit log keeps it) and the new price added in its place.
    /// </summary>
    public async Task<ProductPrice> SetPriceAsync(int productId, PriceChannel channel, decimal price)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManagePrices);
        if (!Enum.IsDefined(channel)) throw new DomainException("Choose a channel.", nameof(ProductPrice.Channel));
        if (price <= 0) throw new DomainException("Enter a price above zero.", "Price");
        if (decimal.Round(price, 2) != price) throw new DomainException("Enter the price to the cent.", "Price");
        var from = clock.Today.AddDays(1);
        await using var db = await dbs.CreateDbContextAsync();
        if (!await db.Products.AnyAsync(p => p.Id == productId))
            throw new DomainException("This product no longer exists.", nameof(ProductPrice.ProductId));
        await using var tx = await db.Database.BeginTransactionAsync();
        var pending = await db.ProductPrices.Where(p => p.ProductId == productId && p.Channel == channel && p.EffectiveFrom >= from).ToListAsync();
        if (pending.Count > 0)
        {
            db.ProductPrices.RemoveRange(pending);
            await db.SaveChangesAsync();
        }
        var row = new ProductPrice
        {
            ProductId = productId, Channel = channel, PricePerPacket = price, EffectiveFrom = from,
            SetById = actor.UserId, SetAt = clock.UtcNow,
        };
        db.ProductPrices.Add(row);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        await events.PublishAsync(new PricesChanged(productId, channel, from));
        return row;
    }
}
