using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>The eight sample suppliers of DOMAIN §3.3, added at start-up; a supplier already there (by name) is left alone.</summary>
public sealed class SupplierSeeder(IDbContextFactory<ChesantoDbContext> dbs, BusinessClock clock)
{
    private static readonly (string Name, string Address, string Terms)[] Suppliers =
    [
        ("Pembe Flour Mills Ltd", "Enterprise Rd, Industrial Area, Nairobi", "Net 30 days"),
        ("Mumias Sugar Company", "Mumias, Kakamega County", "Cash on delivery"),
        ("Bidco Africa Ltd", "Thika Road, Ruiru", "Net 14 days"),
        ("Kenya Breweries Ltd (Yeast Division)", "Ruaraka, Nairobi", "Net 21 days"),
        ("Fresh Dairy Ltd", "Eldoret, Uasin Gishu County", "Cash on delivery"),
        ("Unga Group Ltd", "Mombasa Road, Nairobi", "Net 30 days"),
        ("East African Packaging Industries", "Industrial Area, Nairobi", "Net 14 days"),
        ("Kenya Shell Distributors (Fuel)", "Shell Service Station, Kisumu Road", "Cash on delivery"),
    ];

    public async Task SeedAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = Actor.System;
        var existing = await db.Suppliers.Select(s => s.Name).ToListAsync();
        foreach (var (name, address, terms) in Suppliers.Where(s => !existing.Contains(s.Name)))
            db.Suppliers.Add(new Supplier { Name = name, Address = address, PaymentTerms = terms, CreatedAt = clock.UtcNow });
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }
}
