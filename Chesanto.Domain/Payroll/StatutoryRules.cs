namespace Chesanto.Domain.Payroll;

public enum StatutoryKind { Paye, PersonalRelief, Nhif, Shif, Nssf, HousingLevy }

/// <summary>
/// One statutory rule in force from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (inclusive; open when null).
/// A rule is either banded (<see cref="Bands"/>: a fixed amount per gross band, or progressive rates on taxable pay for
/// PAYE), or a <see cref="Rate"/> of gross between <see cref="Minimum"/> and <see cref="Maximum"/>, or a fixed
/// <see cref="Amount"/> (personal relief). <see cref="ReducesTaxable"/>: taken off gross before PAYE.
/// </summary>
public class StatutoryRule
{
    public int Id { get; set; }
    public StatutoryKind Kind { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public decimal? Rate { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public decimal? Amount { get; set; }
    public bool ReducesTaxable { get; set; }
    public string Note { get; set; } = "";
    public List<StatutoryBand> Bands { get; set; } = [];

    public bool InForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
}

/// <summary>A band up to <see cref="UpTo"/> (null: no upper limit): a fixed <see cref="Amount"/>, or a <see cref="Rate"/> on the slice.</summary>
public class StatutoryBand
{
    public int Id { get; set; }
    public int StatutoryRuleId { get; set; }
    public decimal? UpTo { get; set; }
    public decimal? Rate { get; set; }
    public decimal? Amount { get; set; }
}

public sealed record StatutoryDeductions(decimal Paye, decimal Nssf, decimal HealthInsurance, decimal HousingLevy, decimal Taxable)
{
    public static readonly StatutoryDeductions None = new(0, 0, 0, 0, 0);
}

/// <summary>Applies the rules in force on a day to a gross pay (DOMAIN §7.2, Q20). Each amount is rounded to the cent.</summary>
public static class StatutoryCalculator
{
    public static StatutoryDeductions Compute(IEnumerable<StatutoryRule> rules, DateOnly day, decimal gross)
    {
        var inForce = rules.Where(r => r.InForceOn(day)).ToList();
        StatutoryRule? Rule(StatutoryKind kind) => inForce.Where(r => r.Kind == kind).MaxBy(r => r.EffectiveFrom);
        var health = Rule(StatutoryKind.Shif) ?? Rule(StatutoryKind.Nhif);
        var nssf = Rule(StatutoryKind.Nssf);
        var levy = Rule(StatutoryKind.HousingLevy);
        var (healthAmount, nssfAmount, levyAmount) = (Apply(health, gross), Apply(nssf, gross), Apply(levy, gross));
        var taxable = gross
            - (health?.ReducesTaxable == true ? healthAmount : 0m)
            - (nssf?.ReducesTaxable == true ? nssfAmount : 0m)
            - (levy?.ReducesTaxable == true ? levyAmount : 0m);
        var paye = Rule(StatutoryKind.Paye) is { } payeRule ? Progressive(payeRule, taxable) : 0m;
        var relief = Rule(StatutoryKind.PersonalRelief)?.Amount ?? 0m;
        return new StatutoryDeductions(Math.Max(0m, Math.Round(paye - relief, 2)), nssfAmount, healthAmount, levyAmount, taxable);
    }

    private static decimal Apply(StatutoryRule? rule, decimal gross)
    {
        if (rule is null || gross <= 0) return 0m;
        if (rule.Bands.Count > 0)
            return Ordered(rule).First(b => b.UpTo is null || gross <= b.UpTo).Amount ?? 0m;
        var amount = gross * (rule.Rate ?? 0m);
        if (rule.Minimum is { } min) amount = Math.Max(amount, min);
        if (rule.Maximum is { } max) amount = Math.Min(amount, max);
        return Math.Round(amount + (rule.Amount ?? 0m), 2);
    }

    private static decimal Progressive(StatutoryRule rule, decimal taxable)
    {
        var (tax, lower) = (0m, 0m);
        foreach (var band in Ordered(rule))
        {
            if (taxable <= lower) break;
            var upper = band.UpTo is { } up ? Math.Min(up, taxable) : taxable;
            tax += (upper - lower) * (band.Rate ?? 0m);
            lower = band.UpTo ?? taxable;
        }
        return tax;
    }

    private static IEnumerable<StatutoryBand> Ordered(StatutoryRule rule) => rule.Bands.OrderBy(b => b.UpTo ?? decimal.MaxValue);
}
