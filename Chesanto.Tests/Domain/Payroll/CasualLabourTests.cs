using Chesanto.Domain.Common;
using Chesanto.Domain.Payroll;

namespace Chesanto.Tests.Domain.Payroll;

public sealed class CasualLabourTests : PayrollFixture
{
    [Fact]
    public async Task Seven_casuals_at_1200_a_week_for_four_weeks_plus_400_on_the_30th_come_to_36400()
    {
        var casuals = host.Get<CasualLabourService>();
        var weeks = await casuals.AddAsync(new CasualInput(new DateOnly(2025, 9, 27), "Seven casuals", 7, "Packing", 1_200m, RateUnit.Week, 4m));
        var day = await casuals.AddAsync(new CasualInput(new DateOnly(2025, 9, 30), "Seven casuals", 7, "Packing", 400m, RateUnit.Day, 1m));

        var list = await casuals.ListAsync(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 30));
        Assert.Equal(36_400m, list.Sum(c => c.Total));
        Assert.Equal(2, await casuals.MarkPaidAsync([weeks.Id, day.Id]));
        Assert.Equal(0, await casuals.MarkPaidAsync([weeks.Id]));
        Assert.All(await casuals.ListAsync(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 30)), c => Assert.Equal(CasualStatus.Paid, c.Status));
        await Assert.ThrowsAsync<DomainException>(() => casuals.DeleteAsync(day.Id));

        var none = await Assert.ThrowsAsync<DomainException>(() => casuals.AddAsync(new CasualInput(new DateOnly(2025, 9, 30), "x", 0, "Packing", 400m, RateUnit.Day, 1m)));
        Assert.Equal(nameof(CasualLabour.WorkerCount), none.Field);
    }
}
