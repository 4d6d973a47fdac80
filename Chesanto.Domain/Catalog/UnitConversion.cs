namespace Chesanto.Domain.Catalog;

/// <summary>One trusted conversion (DOMAIN §3.1): one <see cref="FromUnit"/> is <see cref="Factor"/> <see cref="ToUnit"/>.
/// Its inverse is implied, so a pair is stored once in one direction.</summary>
public sealed class UnitConversion
{
    public int Id { get; set; }
    public string FromUnit { get; set; } = "";
    public string ToUnit { get; set; } = "";
    public decimal Factor { get; set; }
    public string? Notes { get; set; }
}

public sealed record UnitConversionInput(string FromUnit, string ToUnit, decimal Factor, string? Notes);

public sealed record UnitConversionsChanged : Common.IDomainEvent;
