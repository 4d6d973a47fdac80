using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;
using static Chesanto.Domain.Catalog.InventoryCategory;
using static Chesanto.Domain.Catalog.Units;

namespace Chesanto.Domain.Catalog;

/// <summary>
/// The bakery's three products, twenty inventory items and first recipes (DOMAIN §2.3, §3.3), added at start-up
/// when missing. Whatever is already there is left alone, so running it again changes nothing and never undoes
/// a clerk's edits. Prices are the September 2025 workbook's, which price bread at 32.00 a loaf.
/// </summary>
public sealed class CatalogSeeder(IDbContextFactory<ChesantoDbContext> dbs, TimeProvider time)
{
    private static readonly Product[] Products =
    [
        new() { Name = "Bread", Alias = "Loaves", PacketLabel = "loaf", UnitsPerPacket = 1, BaselineOutput = 132, SubProductName = "Bread Rejects",
            Description = "Machine-weighed; one loaf is one packet." },
        new() { Name = "KDF", Alias = "Packets", PacketLabel = "packet", UnitsPerPacket = 12, BaselineOutput = 107, HasVariableOutput = true,
            MinExpectedOutput = 98, MaxExpectedOutput = 107, Description = "Hand-cut mandazi, twelve pieces a packet." },
        new() { Name = "Scones", Alias = "Packets", PacketLabel = "packet", UnitsPerPacket = 12, BaselineOutput = 102,
            Description = "Twelve pieces a packet." },
    ];

    // Name, category, bought in -> measured in (factor), price per purchase unit, reorder level (recipe units).
    private static readonly InventoryItem[] Items =
    [
        Item("Wheat Flour", Raw, Bag, Kg, 50, 3_650m, 350),
        Item("Sugar", Raw, Bag, Kg, 50, 7_200m, 70),
        Item("Cooking Fat", Raw, Bucket, Kg, 17, 4_660m, 30),
        Item("Cooking Oil", Raw, Jerrycan, L, 20, 4_730m, 50),
        Item("Yeast (Standard)", Raw, Packet, G, 450, 250m, 1_350),
        Item("Yeast (2-in-1)", Raw, Packet, G, 450, 400m, 900),
        Item("Bread Improver", Raw, Kg, G, 1000, 600m, 2_000),
        Item("Salt", Raw, Kg, G, 1000, 35.5m, 10_000),
        Item("Calcium", Raw, Kg, G, 1000, 340m, 1_500),
        Item("Food Colour", Raw, Ml, Ml, 1, 5m, 200),
        Item("Packaging Bags (Bread)", Packaging, Pcs, Pcs, 1, 3.3m, 2_000),
        Item("Packaging Bags (KDF)", Packaging, Pcs, Pcs, 1, 3.3m, 1_500),
        Item("Packaging Bags (Scones)", Packaging, Pcs, Pcs, 1, 3.3m, 1_000),
        Item("Packaging Papers", Packaging, Pcs, Pcs, 1, 2m, 500),
        Item("Diesel", FuelEnergy, L, L, 1, 150m, 50),
        Item("Firewood", FuelEnergy, Kg, Kg, 1, 15m, 200),
        Item("Charcoal", FuelEnergy, Bag, Kg, 50, 2_000m, 100),
        Item("Cleaning Detergent", Consumables, Kg, Kg, 1, 150m, 5),
        Item("Baking Trays", Consumables, Pcs, Pcs, 1, 500m, 20),
        Item("Mixing Bowls", Consumables, Pcs, Pcs, 1, 300m, 10),
    ];

    // "Mix 1", version 1, with the workbook's quantities.
    private static readonly (string Product, (string Item, decimal Quantity, string Unit)[] Lines)[] Mixes =
    [
        ("Bread", [("Wheat Flour", 36, Kg), ("Sugar", 4.5m, Kg), ("Bread Improver", 60, G), ("Salt", 280, G),
            ("Calcium", 70, G), ("Yeast (Standard)", 200, G), ("Cooking Fat", 2.8m, Kg)]),
        ("KDF", [("Wheat Flour", 50, Kg), ("Sugar", 2.5m, Kg), ("Yeast (2-in-1)", 160, G), ("Salt", 300, G),
            ("Calcium", 60, G), ("Cooking Fat", 1.5m, Kg), ("Cooking Oil", 7.5m, L)]),
        ("Scones", [("Wheat Flour", 26, Kg), ("Sugar", 3.8m, Kg), ("Salt", 280, G), ("Calcium", 50, G),
            ("Yeast (Standard)", 190, G), ("Cooking Fat", 2.3m, Kg), ("Bread Improver", 50, G)]),
    ];

    public async Task SeedAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = Common.Actor.System;
        var now = time.GetUtcNow();

        var productNames = await db.Products.Select(p => p.Name).ToListAsync();
        foreach (var p in Products.Where(p => !productNames.Contains(p.Name)))
            db.Products.Add(new Product
            {
                Name = p.Name, Alias = p.Alias, PacketLabel = p.PacketLabel, UnitsPerPacket = p.UnitsPerPacket, BaselineOutput = p.BaselineOutput,
                MinExpectedOutput = p.MinExpectedOutput, MaxExpectedOutput = p.MaxExpectedOutput, HasVariableOutput = p.HasVariableOutput,
                SubProductName = p.SubProductName, Description = p.Description, CreatedAt = now,
            });
        var itemNames = await db.InventoryItems.Select(i => i.Name).ToListAsync();
        foreach (var i in Items.Where(i => !itemNames.Contains(i.Name)))
            db.InventoryItems.Add(new InventoryItem
            {
                Name = i.Name, Category = i.Category, PurchaseUnit = i.PurchaseUnit, RecipeUnit = i.RecipeUnit,
                ConversionFactor = i.ConversionFactor, CostPerPurchaseUnit = i.CostPerPurchaseUnit, ReorderLevel = i.ReorderLevel, CreatedAt = now,
            });
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();

        var products = await db.Products.Include(p => p.Mixes).ToListAsync();
        var items = await db.InventoryItems.ToDictionaryAsync(i => i.Name);
        foreach (var (productName, lines) in Mixes)
        {
            // A product that has any recipe already, seeded or written by the bakery, keeps it.
            if (products.SingleOrDefault(p => p.Name == productName) is not { Mixes.Count: 0 } product) continue;
            if (lines.Any(l => !items.ContainsKey(l.Item))) continue;
            db.Mixes.Add(new Mix
            {
                ProductId = product.Id, Name = "Mix 1", Version = 1, IsActive = true, ExpectedPackets = product.BaselineOutput,
                Notes = "Seeded from the September 2025 workbook.", CreatedAt = now,
                Lines = lines.Select(l => new MixIngredient { InventoryItemId = items[l.Item].Id, Quantity = l.Quantity, Unit = l.Unit }).ToList(),
            });
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }

    private static InventoryItem Item(string name, InventoryCategory category, string bought, string measured, decimal factor,
        decimal price, decimal reorder) => new()
    {
        Name = name, Category = category, PurchaseUnit = bought, RecipeUnit = measured, ConversionFactor = factor,
        CostPerPurchaseUnit = price, ReorderLevel = reorder,
    };
}
