using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Payroll;

namespace Chesanto.Tests.Domain.Payroll;

public sealed class PayslipAccessTests : PayrollFixture
{
    [Fact]
    public async Task An_employee_sees_only_their_own_approved_payslips()
    {
        var mike = await host.CreateUserAsync("mike@chesanto.test", Role.Salesman);
        var enos = await host.CreateUserAsync("enos@chesanto.test", Role.Salesman);
        var mikes = await EmployeeAsync("CHE012", 12_000m, mike.Id);
        var enoss = await EmployeeAsync("CHE013", 14_000m, enos.Id);
        var run = await Payroll.CreateRunAsync(2025, 9);
        var mikeSlip = run.Payslips.Single(p => p.EmployeeId == mikes.Id);
        var enosSlip = run.Payslips.Single(p => p.EmployeeId == enoss.Id);

        host.ActAs(mike);
        await Assert.ThrowsAsync<DomainException>(() => Payroll.PayslipAsync(mikeSlip.Id)); // still a draft
        Assert.Empty(await Payroll.MyPayslipsAsync());

        host.ActAs(accountant);
        await Payroll.ApproveAsync(run.Id);

        host.ActAs(mike);
        Assert.Equal(12_500m, (await Payroll.PayslipAsync(mikeSlip.Id)).Net);
        var other = await Assert.ThrowsAsync<DomainException>(() => Payroll.PayslipAsync(enosSlip.Id));
        Assert.Equal("This payslip does not exist.", other.Message);
        Assert.Equal([mikeSlip.Id], (await Payroll.MyPayslipsAsync()).Select(p => p.Id));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Payroll.ListRunsAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Payroll.FindRunAsync(2025, 9));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<EmployeeBalances>().BalancesAsync());
    }
}
