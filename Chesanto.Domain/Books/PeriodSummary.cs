namespace Chesanto.Domain.Books;

/// <summary>
/// One product over a period on the recipe-cost basis of WORKBOOK §13 ("September Summary"): net sales − production
/// cost (the batches' ingredients) = gross; gross − packaging − commission = net.
/// </summary>
public sealed record ProductFigures(int ProductId, string Product, int ExpectedPackets, int Produced, int Rejects, int Dispatched,
    int Returned, int Damaged, int Sold, decimal Sales, decimal ProductionCost, decimal Packaging, decimal Commission)
{
    public decimal Gross => Sales - ProductionCost;
    public decimal Net => Gross - Packaging - Commission;
    public decimal? MarginPercent => Percent(Net, Sales);

    internal static decimal? Percent(decimal part, decimal whole) =>
        whole == 0 ? null : Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero);
}

/// <summary>One business day's totals, for trends and best/worst days.</summary>
public sealed record DayFigures(DateOnly Day, int ExpectedPackets, int Produced, decimal Sales, decimal ProductionCost, decimal Packaging,
    decimal Commission, decimal ExpectedBanking, decimal Banked, decimal Deficit, int CratesShort)
{
    public decimal Net => Sales - ProductionCost - Packaging - Commission;
}

/// <summary>One salesperson (or depot, school...) over the period: what was sold and what came back in money and crates.</summary>
public sealed record RecipientFigures(int RecipientId, string Recipient, int DaysSettled, decimal Sales, decimal Commission,
    decimal Bonus, decimal DamagedCharged, decimal ExpectedBanking, decimal Banked, decimal Deficit, int DeficitDays, int CratesShort)
{
    /// <summary>Actual / expected banking (DOMAIN §8.1 KPIs).</summary>
    public decimal? CollectionRate => ProductFigures.Percent(Banked, ExpectedBanking);
}

/// <summary>
/// The figures of a period (a day, a week, a month, any range): per product, per day and per recipient. Sales count
/// settled days (by their sales day); a recipient-day dispatched but not yet settled is counted in <see cref="UnsettledDays"/>, not in sales.
/// </summary>
public sealed record PeriodSummary(DateOnly From, DateOnly To, IReadOnlyList<ProductFigures> Products, IReadOnlyList<DayFigures> Days,
    IReadOnlyList<RecipientFigures> Recipients, int UnsettledDays, decimal UnsettledValue)
{
    public decimal Sales => Products.Sum(p => p.Sales);
    public decimal ProductionCost => Products.Sum(p => p.ProductionCost);
    public decimal Gross => Sales - ProductionCost;
    public decimal Packaging => Products.Sum(p => p.Packaging);
    public decimal Commission => Products.Sum(p => p.Commission);
    public decimal Net => Gross - Packaging - Commission;
    public decimal? MarginPercent => ProductFigures.Percent(Net, Sales);
    public decimal ExpectedBanking => Recipients.Sum(r => r.ExpectedBanking);
    public decimal Banked => Recipients.Sum(r => r.Banked);
    public decimal Deficit => Recipients.Sum(r => r.Deficit);
    public int DeficitIncidents => Recipients.Sum(r => r.DeficitDays);
    public int CratesShort => Recipients.Sum(r => r.CratesShort);
    public decimal Bonus => Recipients.Sum(r => r.Bonus);
    public decimal DamagedCharged => Recipients.Sum(r => r.DamagedCharged);
    public decimal? CollectionRate => ProductFigures.Percent(Banked, ExpectedBanking);
    public int WorkingDays => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1)
        .Count(i => From.AddDays(i).DayOfWeek != DayOfWeek.Sunday);
}
