using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;
using static Chesanto.Domain.Catalog.Units;

namespace Chesanto.Domain.Catalog;

/// <summary>DOMAIN §3.3's conversions, added at start-up when their pair is missing; a clerk's changed factor is left alone.</summary>
public sealed class UnitConversionSeeder(IDbContextFactory<ChesantoDbContext> dbs)
{
    private static readonly (string From, string To, decimal Factor, string Notes)[] Conversions =
    [
        (Bag, Kg, 50, "Flour and charcoal bags"),
        (Jerrycan, L, 20, "Cooking oil and diesel"),
        (Kg, G, 1000, "Metric"),
        (L, Ml, 1000, "Metric"),
        (Packet, G, 450, "Yeast packets"),
        (Dozen, Pcs, 12, "Twelve pieces"),
    ];

    public async Task SeedAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = Actor.System;
        var existing = await db.UnitConversions.Select(c => new { c.FromUnit, c.ToUnit }).ToListAsync();
        foreach (var c in Conversions.Where(c => !existing.Any(e => (e.FromUnit, e.ToUnit) == (c.From, c.To) || (e.FromUnit, e.ToUnit) == (c.To, c.From))))
            db.UnitConversions.Add(new UnitConversion { FromUnit = c.From, ToUnit = c.To, Factor = c.Factor, Notes = c.Notes });
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }
}
