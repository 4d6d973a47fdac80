using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Sales;

/// <summary>
/// The workbook's recipients (WORKBOOK §4 column B, §11 targets) with their plans from 1 September 2025: salaried
/// salesmen earn the daily bonus, Mike and the depots the per-unit commission 5/10/5 (Q3–Q5). A recipient whose name
/// exists is left alone; a product that is missing is skipped. Runs after <see cref="CatalogSeeder"/>.
/// </summary>
public sealed class RecipientSeeder(IDbContextFactory<ChesantoDbContext> dbs, TimeProvider time)
{
    public static readonly DateOnly SeededFrom = new(2025, 9, 1);

    private static readonly Dictionary<string, decimal> PerUnit = new() { ["Bread"] = 5m, ["KDF"] = 10m, ["Scones"] = 5m };
    private static readonly Dictionary<string, decimal> None = new();

    private static readonly (string Name, RecipientKind Kind, PriceChannel Channel, decimal? Target, decimal Bonus, Dictionary<string, decimal> Rates)[] Recipients =
    [
        ("Joel/Enos", RecipientKind.RouteSalesman, PriceChannel.Sales, 35_000m, 7m, None),
        ("Atwoli/Jeremiah", RecipientKind.RouteSalesman, PriceChannel.Sales, 40_000m, 7m, None),
        ("Okiya", RecipientKind.RouteSalesman, PriceChannel.Sales, null, 0m, None),
        ("Edwardo", RecipientKind.RouteSalesman, PriceChannel.Sales, null, 0m, None),
        ("Mike", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m, PerUnit),
        ("Matayos Depot", RecipientKind.Depot, PriceChannel.Distributor, null, 0m, PerUnit),
        ("Kimwanga Depot", RecipientKind.Depot, PriceChannel.Distributor, null, 0m, PerUnit),
        ("Rejects buyer", RecipientKind.RejectsBuyer, PriceChannel.Rejects, null, 0m, None),
    ];

    public async Task SeedAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = Actor.System;
        var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
        var existing = (await db.SalesRecipients.Select(r => r.Name).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = time.GetUtcNow();
        foreach (var (name, kind, channel, target, bonus, rates) in Recipients)
        {
            if (existing.Contains(name)) continue;
            var plan = new CommissionPlan { EffectiveFrom = SeededFrom, DailyTarget = target, BonusPercent = bonus, SetAt = now, SetByName = Actor.System.Name };
            foreach (var product in PerUnit.Keys.Where(products.ContainsKey))
                plan.Rates.Add(new CommissionRate { ProductId = products[product], PerUnit = rates.GetValueOrDefault(product) });
            db.SalesRecipients.Add(new SalesRecipient
            {
                Name = name, Kind = kind, DefaultChannel = channel, SettlesLate = RecipientInput.SettlesLateByDefault(kind),
                CreatedAt = now, Plans = [plan],
            });
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }
}
