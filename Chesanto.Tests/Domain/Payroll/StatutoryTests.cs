using Chesanto.Domain.Payroll;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Payroll;

public sealed class StatutoryTests : PayrollFixture
{
    private async Task<List<StatutoryRule>> RulesAsync()
    {
        await using var db = await host.NewDbAsync();
        return await db.StatutoryRules.Include(r => r.Bands).ToListAsync();
    }

    [Fact]
    public async Task The_2024_nhif_and_nssf_rules_give_paye_6375_35_on_50000()
    {
        var s = StatutoryCalculator.Compute(await RulesAsync(), new DateOnly(2024, 2, 29), 50_000m);

        Assert.Equal((1_200m, 2_160m, 0m, 46_640m, 6_375.35m), (s.HealthInsurance, s.Nssf, s.HousingLevy, s.Taxable, s.Paye));
        Assert.Equal(40_264.65m, 50_000m - s.HealthInsurance - s.Nssf - s.Paye);
    }

    [Fact]
    public async Task From_2025_shif_and_the_housing_levy_apply_and_reduce_taxable_pay()
    {
        var s = StatutoryCalculator.Compute(await RulesAsync(), new DateOnly(2025, 9, 30), 50_000m);

        // SHIF 2.75 % = 1,375; levy 1.5 % = 750; NSSF 6 % = 3,000; taxable 44,875;
        // PAYE 2,400 + 2,083.25 + 12,542 × 30 % (3,762.60) − relief 2,400 = 5,845.85.
        Assert.Equal((1_375m, 750m, 3_000m, 44_875m, 5_845.85m), (s.HealthInsurance, s.HousingLevy, s.Nssf, s.Taxable, s.Paye));
        Assert.Equal(300m, StatutoryCalculator.Compute(await RulesAsync(), new DateOnly(2025, 9, 30), 5_000m).HealthInsurance);
        Assert.Equal(0m, StatutoryCalculator.Compute(await RulesAsync(), new DateOnly(2025, 9, 30), 5_000m).Paye);
    }

    [Fact]
    public async Task Statutory_deductions_are_off_until_switched_on_for_a_payslip()
    {
        await EmployeeAsync("CHE050", 50_000m);
        var slip = (await Payroll.CreateRunAsync(2024, 2)).Payslips.Single();
        Assert.Equal(0m, slip.Statutory);

        var on = await EditAsync(slip, i => i with { Lunch = 0m, ApplyStatutory = true });

        Assert.Equal((6_375.35m, 1_200m, 2_160m), (on.Paye, on.HealthInsurance, on.Nssf));
        Assert.Equal(40_264.65m, on.Net);
    }
}
