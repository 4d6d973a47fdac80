using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>
/// Opens the ledger with DOMAIN §3.3's stock, one Opening movement per seeded item, at start-up after
/// <see cref="Catalog.CatalogSeeder"/>. An item that has any movement already is left alone, so running it again
/// posts nothing.
/// </summary>
public sealed class StockSeeder(IDbContextFactory<ChesantoDbContext> dbs, BusinessClock clock)
{
    // In recipe units.
    private static readonly Dictionary<string, decimal> OpeningStock = new()
    {
        ["Wheat Flour"] = 500, ["Sugar"] = 100, ["Cooking Fat"] = 50, ["Cooking Oil"] = 80,
        ["Yeast (Standard)"] = 2_700, ["Yeast (2-in-1)"] = 1_800, ["Bread Improver"] = 5_000, ["Salt"] = 20_000,
        ["Calcium"] = 3_000, ["Food Colour"] = 500, ["Packaging Bags (Bread)"] = 5_000, ["Packaging Bags (KDF)"] = 3_000,
        ["Packaging Bags (Scones)"] = 2_000, ["Packaging Papers"] = 1_000, ["Diesel"] = 100, ["Firewood"] = 500,
        ["Charcoal"] = 150, ["Cleaning Detergent"] = 10, ["Baking Trays"] = 50, ["Mixing Bowls"] = 20,
    };

    public async Task SeedAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = Actor.System;
        var names = OpeningStock.Keys.ToList();
        var items = await db.InventoryItems.Where(i => names.Contains(i.Name)).Select(i => new { i.Id, i.Name }).ToListAsync();
        var stocked = await db.StockMovements.Select(m => m.InventoryItemId).Distinct().ToListAsync();
        foreach (var item in items.Where(i => !stocked.Contains(i.Id)))
            db.StockMovements.Add(new StockMovement
            {
                InventoryItemId = item.Id, Type = StockMovementType.Opening, Quantity = OpeningStock[item.Name],
                OccurredAt = clock.UtcNow, BusinessDay = clock.Today, Reason = "Opening stock (DOMAIN §3.3).",
                UserName = Actor.System.Name,
            });
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }
}
