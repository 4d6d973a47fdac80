using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Catalog;

/// <summary>
/// The conversions table a clerk maintains, and conversion through it. A pair that is neither in the table nor the
/// inverse of one is refused: the old app silently treated unknown pairs as 1:1 (P16).
/// </summary>
public sealed class UnitConversionService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, IEventHub events)
{
    public async Task<IReadOnlyList<UnitConversion>> ListAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.UnitConversions.AsNoTracking().OrderBy(c => c.FromUnit).ThenBy(c => c.ToUnit).ToListAsync();
    }

    /// <summary>How many <paramref name="to"/> make one <paramref name="from"/>: the same unit, a pair, or a pair's inverse.</summary>
    public async Task<decimal> FactorAsync(string from, string to, string? field = null) => await ConvertAsync(1m, from, to, field);

    /// <summary>The quantity in <paramref name="to"/>; an inverse pair divides, so 36 pcs is exactly 3 dozen.</summary>
    public async Task<decimal> ConvertAsync(decimal quantity, string from, string to, string? field = null)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        (from, to) = (Units.Parse(from, field ?? "FromUnit"), Units.Parse(to, field ?? "ToUnit"));
        if (from == to) return quantity;
        await using var db = await dbs.CreateDbContextAsync();
        var pair = await db.UnitConversions.AsNoTracking()
            .FirstOrDefaultAsync(c => (c.FromUnit == from && c.ToUnit == to) || (c.FromUnit == to && c.ToUnit == from));
        return pair is null
            ? throw new DomainException($"There is no conversion between {from} and {to}; add one on the Units page first.", field)
            : pair.FromUnit == from ? quantity * pair.Factor : quantity / pair.Factor;
    }

    /// <summary>Adds a pair, or changes the factor and notes of the pair that exists in this direction.</summary>
    public async Task<UnitConversion> SaveAsync(UnitConversionInput input)
    {
        await currentUser.RequireAsync(Permissions.ManageCatalog);
        var from = Units.Parse(input.FromUnit, nameof(UnitConversion.FromUnit));
        var to = Units.Parse(input.ToUnit, nameof(UnitConversion.ToUnit));
        if (from == to) throw new DomainException("A unit is always one of itself; choose two different units.", nameof(UnitConversion.ToUnit));
        if (input.Factor <= 0) throw new DomainException($"Say how many {to} make one {from} (above zero).", nameof(UnitConversion.Factor));
        if (decimal.Round(input.Factor, 6) != input.Factor)
            throw new DomainException("Factors are kept to six decimal places.", nameof(UnitConversion.Factor));
        var notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        if (notes is { Length: > 200 }) throw new DomainException("Keep the notes under 200 characters.", nameof(UnitConversion.Notes));

        await using var db = await dbs.CreateDbContextAsync();
        if (await db.UnitConversions.AnyAsync(c => c.FromUnit == to && c.ToUnit == from))
            throw new DomainException($"{to} → {from} is in the table already, and its inverse converts {from} to {to}. Change that one.",
                nameof(UnitConversion.FromUnit));
        var conversion = await db.UnitConversions.SingleOrDefaultAsync(c => c.FromUnit == from && c.ToUnit == to);
        if (conversion is null) db.UnitConversions.Add(conversion = new UnitConversion { FromUnit = from, ToUnit = to });
        (conversion.Factor, conversion.Notes) = (input.Factor, notes);
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { throw new DomainException($"{from} → {to} was just added by someone else; reload and change it.", nameof(UnitConversion.FromUnit)); }
        await events.PublishAsync(new UnitConversionsChanged());
        return conversion;
    }
}
