using Chesanto.Domain.Common;

namespace Chesanto.Domain.Catalog;

/// <summary>
/// The units the bakery buys and mixes in, and the only conversions it trusts (DOMAIN §2.2).
/// Any other pair is refused: the old app silently treated unknown pairs as 1:1 (P16).
/// </summary>
public static class Units
{
    public const string Kg = "kg", G = "g", L = "l", Ml = "ml", Pcs = "pcs";
    public const string Bag = "bag", Jerrycan = "jerrycan", Packet = "packet", Bucket = "bucket", Carton = "carton", Dozen = "dozen";

    public static IReadOnlyList<string> All { get; } = [Kg, G, L, Ml, Pcs, Bag, Jerrycan, Packet, Bucket, Carton, Dozen];

    /// <summary>The unit in its canonical spelling, or a refusal naming <paramref name="field"/>.</summary>
    public static string Parse(string? unit, string field)
    {
        var u = unit?.Trim().ToLowerInvariant();
        if (u is "jerican" or "jerycan") u = Jerrycan;
        return u is not null && All.Contains(u) ? u
            : throw new DomainException($"Use one of the units {string.Join(", ", All)}.", field);
    }

    /// <summary>How many <paramref name="to"/> make one <paramref name="from"/>, when the pair is an exact metric one.
    /// Pack sizes (bag, packet, dozen...) live in the conversions table: see <see cref="UnitConversionService"/>.</summary>
    public static decimal? TryFactor(string from, string to) => (from, to) switch
    {
        _ when from == to => 1m,
        (Kg, G) or (L, Ml) => 1000m,
        (G, Kg) or (Ml, L) => 0.001m,
        _ => null,
    };

    public static decimal Factor(string from, string to, string? field = null) =>
        TryFactor(from, to) ?? throw new DomainException($"A quantity in {from} cannot be turned into {to}.", field);
}
