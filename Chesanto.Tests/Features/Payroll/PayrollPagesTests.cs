using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Payroll;

namespace Chesanto.Tests.Features.Payroll;

public sealed class PayrollPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser accountant = null!;
    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        accountant = await host.Domain.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        host.SignInAs(accountant);
    }
    public Task DisposeAsync() => host.DisposeAsync();

    private PayrollService Payroll => host.Domain.Get<PayrollService>();

    private async Task<Employee> EmployeeAsync(string number, decimal salary, string? userId = null)
    {
        var employee = new Employee
        {
            EmployeeNumber = number, FirstName = "Staff", LastName = number, PhonePrimary = "+254700000000", Position = "Sales Rep",
            HireDate = new DateOnly(2024, 1, 1), BasicSalary = salary, UserId = userId, Version = Guid.NewGuid(),
        };
        await using var db = await host.Domain.NewDbAsync();
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        return employee;
    }

    [Fact]
    public async Task The_clerk_edits_a_draft_payslip_sees_a_refusal_at_its_field_then_approves()
    {
        await EmployeeAsync("CHE022", 11_500m);
        await Payroll.CreateRunAsync(2025, 9);

        var page = host.Render<PayrollRunPage>(p => p.Add(x => x.Year, 2025).Add(x => x.Month, 9));
        await page.WaitForElement(".edit-payslip").ClickAsync(new());
        page.Find(".field-DaysAbsent input").Change("31");
        await page.Find("#save-payslip").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Days absent are between 0 and 30", page.Find(".field-DaysAbsent").TextContent));

        page.Find(".field-DaysAbsent input").Change("5");
        page.Find(".field-MpesaFeeRefund input").Change("1542");
        page.Find(".field-CommissionEarned input").Change("1536.50");
        page.Find(".field-Recovery input").Change("4754");
        await page.Find("#save-payslip").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("8,407.83", page.Find("#payslips tbody .payslip-net").TextContent));

        await page.Find("#approve-run").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Approved", page.Find("#run-status").TextContent));
        Assert.Empty(page.FindAll(".edit-payslip"));
        Assert.NotEmpty(page.FindAll("#mark-paid"));
    }

    [Fact]
    public async Task Creating_a_run_for_a_paid_month_shows_why_it_is_refused()
    {
        await EmployeeAsync("CHE001", 20_000m);
        var run = await Payroll.CreateRunAsync(2026, 10);
        await Payroll.ApproveAsync(run.Id);
        await Payroll.MarkPaidAsync(run.Id);

        var page = host.Render<PayrollRuns>();
        page.WaitForAssertion(() => Assert.Contains("October 2026", page.Find("#payroll-runs").TextContent));
        await page.Find("#create-run").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("October 2026 is already paid", page.Find("#run-refused").TextContent));
    }

    private async Task<(int Own, int Colleague)> ApprovedSlipsForMikeAsync()
    {
        var mike = await host.Domain.CreateUserAsync("mike@chesanto.test", Role.Salesman);
        var mine = await EmployeeAsync("CHE012", 12_000m, mike.Id);
        await EmployeeAsync("CHE013", 30_000m);
        var run = await Payroll.CreateRunAsync(2025, 9);
        await Payroll.ApproveAsync(run.Id);
        host.SignInAs(mike);
        return (run.Payslips.Single(s => s.EmployeeId == mine.Id).Id, run.Payslips.Single(s => s.EmployeeId != mine.Id).Id);
    }

    [Fact]
    public async Task A_salesman_reads_his_own_payslip()
    {
        var (own, _) = await ApprovedSlipsForMikeAsync();
        var page = host.Render<PayslipPage>(p => p.Add(x => x.Id, own));
        page.WaitForAssertion(() => Assert.Contains("12,500.00", page.Find("#payslip-net").TextContent));
    }

    [Fact]
    public async Task A_salesman_cannot_open_a_colleagues_payslip()
    {
        var (_, colleague) = await ApprovedSlipsForMikeAsync();
        var page = host.Render<PayslipPage>(p => p.Add(x => x.Id, colleague));
        page.WaitForAssertion(() => Assert.Contains("does not exist", page.Find("#payslip-missing").TextContent));
        Assert.DoesNotContain("30,000", page.Markup);
        Assert.Empty(page.FindAll("#payslip"));
    }

    [Fact]
    public async Task Casual_labour_is_recorded_and_marked_paid_in_bulk()
    {
        var page = host.Render<CasualLabourPage>();
        page.WaitForElement("#record-casual");
        page.Find(".field-Workers input").Change("Seven casuals");
        page.Find(".field-WorkerCount input").Change("7");
        page.Find(".field-Task input").Change("Packing");
        await page.Find("#record-casual").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("8,400.00", page.Find("#casuals").TextContent));
        Assert.Contains("Pending 8,400.00", page.Find("#casual-totals").TextContent);

        await page.Find("#casuals tbody tr input[type=checkbox]").ChangeAsync(new() { Value = true });
        await page.Find("#mark-casuals-paid").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("paid 8,400.00", page.Find("#casual-totals").TextContent));
    }
}
