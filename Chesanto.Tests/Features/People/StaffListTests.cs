using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.People;

namespace Chesanto.Tests.Features.People;

public sealed class StaffListTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    private static Employee Baker(string number, string firstName, EmploymentStatus status = EmploymentStatus.Active) => new()
    {
        EmployeeNumber = number, FirstName = firstName, LastName = "Kamau", PhonePrimary = "0712345678",
        Position = "Baker", Department = Department.Production, HireDate = new DateOnly(2024, 3, 1), BasicSalary = 11_500m,
        Status = status, TerminationDate = status == EmploymentStatus.Terminated ? new DateOnly(2025, 6, 30) : null,
    };

    private async Task<EmployeeService> AsAccountantAsync()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        return host.Domain.Get<EmployeeService>();
    }

    private static List<string> Numbers(IRenderedComponent<StaffList> page) =>
        page.FindAll("#staff-table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_department_head_sees_the_register_but_no_add_button()
    {
        var staff = await AsAccountantAsync();
        await staff.SaveAsync(Baker("CHE028", "Wanjiru"));
        host.SignInAs(await host.Domain.CreateUserAsync("head@chesanto.test", Role.DeptHead));

        var page = host.Render<StaffList>();

        page.WaitForAssertion(() => Assert.Equal(["CHE028"], Numbers(page)));
        Assert.Contains("+254712345678", page.Find("#staff-table tbody").TextContent);
        Assert.Empty(page.FindAll("#add-employee"));
    }

    [Fact]
    public async Task The_accountant_gets_the_add_button()
    {
        await AsAccountantAsync();

        var page = host.Render<StaffList>();

        page.WaitForAssertion(() => Assert.Equal("people/new", page.Find("#add-employee").GetAttribute("href")));
    }

    [Fact]
    public async Task Terminated_staff_show_only_when_asked()
    {
        var staff = await AsAccountantAsync();
        await staff.SaveAsync(Baker("CHE028", "Wanjiru"));
        await staff.SaveAsync(Baker("CHE011", "Kiprono", EmploymentStatus.Terminated));
        var page = host.Render<StaffList>();
        page.WaitForAssertion(() => Assert.Equal(["CHE028"], Numbers(page)));

        await page.Find("#show-terminated").ChangeAsync(new() { Value = true });

        page.WaitForAssertion(() => Assert.Equal(["CHE011", "CHE028"], Numbers(page)));
    }

    [Fact]
    public async Task Someone_added_elsewhere_appears_without_reloading()
    {
        var staff = await AsAccountantAsync();
        await staff.SaveAsync(Baker("CHE028", "Wanjiru"));
        var page = host.Render<StaffList>();
        page.WaitForAssertion(() => Assert.Equal(["CHE028"], Numbers(page)));

        await staff.SaveAsync(Baker("CHE029", "Achieng"));

        page.WaitForAssertion(() => Assert.Equal(["CHE028", "CHE029"], Numbers(page)));
    }

    [Fact]
    public async Task Searching_by_a_first_name_narrows_the_register()
    {
        var staff = await AsAccountantAsync();
        await staff.SaveAsync(Baker("CHE028", "Wanjiru"));
        await staff.SaveAsync(Baker("CHE029", "Achieng"));
        var page = host.Render<StaffList>();
        page.WaitForAssertion(() => Assert.Equal(2, Numbers(page).Count));

        await page.Find("#staff-search").InputAsync(new() { Value = "Achieng" });

        page.WaitForAssertion(() => Assert.Equal(["CHE029"], Numbers(page)), TimeSpan.FromSeconds(5));
    }
}
