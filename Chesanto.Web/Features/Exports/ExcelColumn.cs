namespace Chesanto.Web.Features.Exports;

/// <summary>How a column's values are written: each kind is a real Excel type with its own number format.</summary>
public enum CellKind { Text, Integer, Quantity, Money, Date, DateTime }

/// <summary>
/// One column of an export: its header, how to read the value from a row, and its kind.
/// <paramref name="Decimals"/> overrides the kind's default (quantities 3, money 2), e.g. 4 for a cost per gram.
/// Date values may be <see cref="DateOnly"/> or <see cref="System.DateTime"/>; date-times may be
/// <see cref="DateTimeOffset"/> (shown in Nairobi time) or <see cref="System.DateTime"/> (written as is).
/// <paramref name="Total"/> sums a number column on the sheet's totals row (when the sheet has one).
/// </summary>
public sealed record ExcelColumn<T>(string Header, Func<T, object?> Value, CellKind Kind = CellKind.Text, int? Decimals = null, bool Total = false)
{
    internal int DecimalPlaces => Decimals ?? Kind switch { CellKind.Quantity => 3, CellKind.Money => 2, _ => 0 };
}
