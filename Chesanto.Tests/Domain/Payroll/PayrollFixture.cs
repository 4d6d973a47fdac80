using Chesanto.Domain.Accounts;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Payroll;

public abstract class PayrollFixture : IAsyncLifetime
{
    protected readonly DomainHost host = new();
    protected ApplicationUser accountant = null!;

    public virtual async Task InitializeAsync()
    {
        await host.InitializeAsync();
        accountant = await host.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        host.ActAs(accountant);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    protected PayrollService Payroll => host.Get<PayrollService>();
    protected EmployeeBalances Balances => host.Get<EmployeeBalances>();

    protected async Task<Employee> EmployeeAsync(string number, decimal salary, string? userId = null, string? mpesa = null)
    {
        var employee = new Employee
        {
            EmployeeNumber = number, FirstName = "Staff", LastName = number, PhonePrimary = "+254700000000", Position = "Baker",
            Department = Department.Production, HireDate = new DateOnly(2024, 1, 1), BasicSalary = salary, OvertimeRatePerMix = 31m,
            UserId = userId, MpesaNumber = mpesa, Version = Guid.NewGuid(),
        };
        await using var db = await host.NewDbAsync();
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        return employee;
    }

    protected static PayslipInput Inputs(Payslip p) =>
        new(p.DaysAbsent, p.OvertimeMixes, p.MpesaFeeRefund, p.CommissionEarned, p.Lunch, p.Advance, p.Recovery, p.ApplyStatutory);

    protected async Task<Payslip> EditAsync(Payslip slip, Func<PayslipInput, PayslipInput> change) =>
        await Payroll.UpdatePayslipAsync(slip.Id, change(Inputs(slip)), slip.Version);
}
