using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Accounting;

public enum FuelType { Petrol, Diesel }

public enum FuelPurpose { Production, Distribution }

public enum FuelUnit { Litre, Jerrycan }

/// <summary>A vehicle that takes fuel (DOMAIN §6.2). Old Truck, New Truck and Bolero are seeded.</summary>
public class Vehicle : IAudited
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Registration { get; set; }
    public FuelType FuelType { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>
/// Fuel drawn at a filling station (WORKBOOK §9): distribution fuel names its vehicle; production diesel (bought in
/// jerrycans for the oven) has none. Paid <see cref="PaymentMethod.Credit"/> means taken on the station's prepaid
/// account; only those lines draw the account down. The litres are often unknown (the sheet keeps only amounts).
/// </summary>
public class FuelTransaction : IAudited, IVersioned
{
    public const string DefaultStation = "Ikapolok";

    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public string Station { get; set; } = DefaultStation;
    public FuelType FuelType { get; set; }
    public FuelPurpose Purpose { get; set; }
    public int? VehicleId { get; set; }
    public Vehicle? Vehicle { get; set; }
    public decimal? Quantity { get; set; }
    public FuelUnit Unit { get; set; }
    public decimal Amount { get; set; }
    public PaymentMethod PaymentMethod { get; set; } = PaymentMethod.Credit;
    public string? Receipt { get; set; }
    public string? RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid Version { get; set; }

    /// <summary>Amount per litre or jerrycan, when the quantity is known; computed, never stored.</summary>
    public decimal? CostPerUnit => Quantity is > 0 ? decimal.Round(Amount / Quantity.Value, 2) : null;
    public bool OnAccount => PaymentMethod == PaymentMethod.Credit;
}

/// <summary>Money paid in advance to a station's account.</summary>
public class FuelDeposit : IAudited, IVersioned
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public string Station { get; set; } = FuelTransaction.DefaultStation;
    public decimal Amount { get; set; }
    public PaymentMethod PaymentMethod { get; set; } = PaymentMethod.Bank;
    public string? Reference { get; set; }
    public string? RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid Version { get; set; }
}

public sealed record FuelInput(DateOnly Date, string? Station, FuelPurpose Purpose, int? VehicleId, FuelType FuelType,
    decimal? Quantity, FuelUnit Unit, decimal Amount, PaymentMethod PaymentMethod, string? Receipt);

public sealed record FuelDepositInput(DateOnly Date, string? Station, decimal Amount, PaymentMethod PaymentMethod, string? Reference);

/// <summary>Fuel per vehicle in a month (litres and jerrycans only where they were written down).</summary>
public sealed record VehicleFuel(string Vehicle, decimal Litres, decimal Jerrycans, decimal Amount);

/// <summary>
/// A station's month (WORKBOOK §9): <see cref="Closing"/> = opening + deposits - purchases on account is the credit left
/// at the station (positive: prepaid money not yet used). The workbook's "Bal" cell is the other way round,
/// purchases - deposits, so its -39.43 for September is a credit of 39.43: see <see cref="WorkbookBalance"/>.
/// </summary>
public sealed record FuelReconciliation(string Station, int Year, int Month, decimal Opening, decimal Deposits, decimal Purchases,
    decimal Production, decimal Distribution, IReadOnlyList<VehicleFuel> Vehicles, decimal ProductionLitres, decimal ProductionJerrycans,
    decimal PaidOtherwise)
{
    public decimal Closing => Opening + Deposits - Purchases;
    public decimal WorkbookBalance => -Closing;
}

public sealed record FuelChanged : IDomainEvent;
