using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Production;

namespace Chesanto.Domain.Sales;

public enum BankingMethod { Cash, Bank, Mpesa }

/// <summary>
/// The evening (or, for a depot, later) reckoning of everything a recipient took out on <see cref="SalesDay"/>
/// (DOMAIN §5.1, §5.4.5): goods back, crates back, money banked. The figures are computed once, when it is recorded,
/// with the prices and commission rates of the day, and stored so a later price or plan change cannot rewrite them.
/// A settled day is changed only by reversing the settlement and recording it again.
/// </summary>
public class Settlement : IAudited, IVersioned
{
    public const string ReferenceType = "Settlement";

    public int Id { get; set; }
    public int RecipientId { get; set; }
    public SalesRecipient? Recipient { get; set; }
    /// <summary>The dispatch day being settled.</summary>
    public DateOnly SalesDay { get; set; }
    /// <summary>The day the goods and money came in: returns feed this day's stock.</summary>
    public DateOnly ArrivedOn { get; set; }
    public int CratesOut { get; set; }
    public int CratesReturned { get; set; }
    /// <summary>Damaged goods the recipient pays for (at fault), instead of a write-off (Q22).</summary>
    public bool ChargeDamaged { get; set; }
    public decimal SalesValue { get; set; }
    public decimal Commission { get; set; }
    public decimal DamagedCharged { get; set; }
    public decimal ExpectedBanking { get; set; }
    public decimal Banked { get; set; }
    public decimal Deficit { get; set; }
    public decimal? DailyTarget { get; set; }
    public decimal BonusPercent { get; set; }
    public decimal Bonus { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedById { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTimeOffset? ReversedAt { get; set; }
    public string? ReversedByName { get; set; }
    public string? ReversalReason { get; set; }
    public Guid Version { get; set; }

    public List<SettlementLine> Lines { get; set; } = [];
    public List<Banking> Bankings { get; set; } = [];

    public bool IsReversed => ReversedAt is not null;
    public int CrateShortfall => Math.Max(0, CratesOut - CratesReturned);
}

/// <summary>One product, grade and channel of a settled day: what went out, came back, was sold, and at what rates.</summary>
public class SettlementLine
{
    public int Id { get; set; }
    public int SettlementId { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public Grade Grade { get; set; }
    public PriceChannel Channel { get; set; }
    public int Dispatched { get; set; }
    /// <summary>Back in good order: resaleable, back in the store.</summary>
    public int Returned { get; set; }
    /// <summary>Back damaged: written off as product damage.</summary>
    public int Damaged { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal CommissionPerUnit { get; set; }

    public int Sold => Dispatched - Returned - Damaged;
    public decimal SalesValue => Sold * UnitPrice;
    public decimal Commission => Sold * CommissionPerUnit;
    public decimal Net => SalesValue - Commission;
}

/// <summary>Money banked for a settlement, always with the transaction code (M-Pesa, bank slip or cash receipt).</summary>
public class Banking
{
    public int Id { get; set; }
    public int SettlementId { get; set; }
    public BankingMethod Method { get; set; }
    public decimal Amount { get; set; }
    public string Reference { get; set; } = "";
    /// <summary>The reference while the settlement stands, null once reversed: a unique index refuses a code used twice.</summary>
    public string? ActiveReference { get; set; }
}
