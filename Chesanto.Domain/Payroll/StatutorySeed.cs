namespace Chesanto.Domain.Payroll;

/// <summary>
/// The Kenyan rules the database starts with (Q20). PAYE bands, relief, NHIF and NSSF as DOMAIN §7.2 gives them
/// ("Kenya 2024", NHIF and NSSF taken off before PAYE, as its worked example does). Chosen for the later law:
/// SHIF 2.75 % of gross (min 300) replaces NHIF from 1 Oct 2024; the Housing Levy is 1.5 % of gross from
/// 19 Mar 2024 (Affordable Housing Act); both reduce taxable pay from 27 Dec 2024 (Tax Laws Amendment Act 2024);
/// NSSF's upper limit rises to 72,000 (max 4,320) from 1 Feb 2025. A rule change is a new row with its date.
/// </summary>
internal static class StatutorySeed
{
    private static readonly DateOnly TaxAmendment = new(2024, 12, 27);

    public static readonly StatutoryRule[] Rules =
    [
        new() { Id = 1, Kind = StatutoryKind.Paye, EffectiveFrom = new(2023, 7, 1), Note = "PAYE bands, Finance Act 2023" },
        new() { Id = 2, Kind = StatutoryKind.PersonalRelief, EffectiveFrom = new(2023, 7, 1), Amount = 2_400m, Note = "Personal relief per month" },
        new() { Id = 3, Kind = StatutoryKind.Nhif, EffectiveFrom = new(2015, 4, 1), EffectiveTo = new(2024, 9, 30), ReducesTaxable = true, Note = "NHIF by gross (DOMAIN §7.2)" },
        new() { Id = 4, Kind = StatutoryKind.Nssf, EffectiveFrom = new(2024, 2, 1), EffectiveTo = new(2025, 1, 31), Rate = 0.06m, Maximum = 2_160m, ReducesTaxable = true, Note = "NSSF 6 % up to 36,000" },
        new() { Id = 5, Kind = StatutoryKind.Nssf, EffectiveFrom = new(2025, 2, 1), Rate = 0.06m, Maximum = 4_320m, ReducesTaxable = true, Note = "NSSF 6 % up to 72,000" },
        new() { Id = 6, Kind = StatutoryKind.Shif, EffectiveFrom = new(2024, 10, 1), EffectiveTo = TaxAmendment.AddDays(-1), Rate = 0.0275m, Minimum = 300m, Note = "SHIF 2.75 % of gross, min 300" },
        new() { Id = 7, Kind = StatutoryKind.Shif, EffectiveFrom = TaxAmendment, Rate = 0.0275m, Minimum = 300m, ReducesTaxable = true, Note = "SHIF, allowable before PAYE" },
        new() { Id = 8, Kind = StatutoryKind.HousingLevy, EffectiveFrom = new(2024, 3, 19), EffectiveTo = TaxAmendment.AddDays(-1), Rate = 0.015m, Note = "Housing levy 1.5 % of gross" },
        new() { Id = 9, Kind = StatutoryKind.HousingLevy, EffectiveFrom = TaxAmendment, Rate = 0.015m, ReducesTaxable = true, Note = "Housing levy, allowable before PAYE" },
    ];

    private static readonly (decimal? UpTo, decimal Rate)[] PayeBands = [(24_000m, 0.10m), (32_333m, 0.25m), (500_000m, 0.30m), (800_000m, 0.325m), (null, 0.35m)];

    private static readonly (decimal? UpTo, decimal Amount)[] NhifBands =
    [
        (5_999m, 150m), (7_999m, 300m), (11_999m, 400m), (14_999m, 500m), (19_999m, 600m), (24_999m, 750m), (29_999m, 850m),
        (34_999m, 900m), (39_999m, 950m), (44_999m, 1_000m), (49_999m, 1_100m), (59_999m, 1_200m), (69_999m, 1_300m),
        (79_999m, 1_400m), (89_999m, 1_500m), (99_999m, 1_600m), (null, 1_700m),
    ];

    public static readonly StatutoryBand[] Bands =
    [
        .. PayeBands.Select((b, i) => new StatutoryBand { Id = 1 + i, StatutoryRuleId = 1, UpTo = b.UpTo, Rate = b.Rate }),
        .. NhifBands.Select((b, i) => new StatutoryBand { Id = 101 + i, StatutoryRuleId = 3, UpTo = b.UpTo, Amount = b.Amount }),
    ];
}
