using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Accounts;

namespace Chesanto.Tests.Features.Accounts;

public sealed class AuditLogPageTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    private async Task<Employee> AccountantAddsABakerAsync()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        return await host.Domain.Get<EmployeeService>().SaveAsync(new Employee
        {
            EmployeeNumber = "CHE028", FirstName = "Wanjiru", LastName = "Kamau", PhonePrimary = "0712 345 678",
            Position = "Baker", Department = Department.Production, Type = EmploymentType.Permanent,
            HireDate = new DateOnly(2024, 3, 1), BasicSalary = 11_500m,
        });
    }

    [Fact]
    public async Task A_new_employee_is_in_the_audit_log_with_who_added_them_and_the_values()
    {
        var baker = await AccountantAddsABakerAsync();
        var screen = host.Open<AuditLogPage>();

        screen.Page.WaitForAssertion(() =>
        {
            var line = screen.RowOf($"Employee {baker.Id}");
            Assert.Contains("accountant@chesanto.test", line.TextContent);
            Assert.Contains("Create", line.TextContent);
            Assert.Contains("24 Nov 06:30", line.TextContent);
            Assert.Contains("127.0.0.1", line.TextContent);
        });
        screen.RowOf($"Employee {baker.Id}").QuerySelector("button.toggle-changes")!.Click();

        var changes = screen.Page.WaitForElement(".audit-changes");
        var firstName = changes.QuerySelectorAll("tr").Single(r => r.Children[0].TextContent == "FirstName");
        Assert.Equal(["FirstName", "", "Wanjiru"], firstName.Children.Select(c => c.TextContent));
    }

    [Fact]
    public async Task Filtering_by_update_shows_the_change_of_position_and_hides_the_creation()
    {
        var baker = await AccountantAddsABakerAsync();
        baker.Position = "Head baker";
        await host.Domain.Get<EmployeeService>().SaveAsync(baker);
        var screen = host.Open<AuditLogPage>();
        screen.Page.WaitForAssertion(() => Assert.Equal(["Update", "Create"], EmployeeActions(screen, baker)));

        screen.Choose(screen.Page, ".filter-action", "Update");

        screen.Page.WaitForAssertion(() =>
        {
            Assert.Equal(["Update"], EmployeeActions(screen, baker));
            Assert.All(screen.Page.FindAll("td.audit-action"), a => Assert.Equal("Update", a.TextContent));
            Assert.Contains("1 entry", screen.Page.Find(".audit-total").TextContent);
        });
        screen.RowOf($"Employee {baker.Id}").QuerySelector("button.toggle-changes")!.Click();
        var position = screen.Page.WaitForElement(".audit-changes").QuerySelectorAll("tr").Single(r => r.Children[0].TextContent == "Position");
        Assert.Equal(["Position", "Baker", "Head baker"], position.Children.Select(c => c.TextContent));
    }

    [Fact]
    public async Task The_log_shows_fifty_lines_a_page_and_the_next_page_shows_the_rest()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        var audit = host.Domain.Get<AuditLog>();
        for (var i = 1; i <= 55; i++) await audit.RecordAsync(AuditAction.Info, null, "gate", $"Crate count {i}");
        var screen = host.Open<AuditLogPage>();
        // 55 crate counts, and before them the accountant's own account being created
        screen.Page.WaitForAssertion(() => Assert.Contains("56 entries", screen.Page.Find(".audit-total").TextContent));
        Assert.Equal(50, screen.Page.FindAll("tbody tr").Count);
        Assert.Contains("Crate count 55", screen.Page.Find("tbody tr").TextContent);

        screen.Page.FindAll(".audit-pages button").Single(b => b.TextContent.Trim() == "2").Click();

        screen.Page.WaitForAssertion(() => Assert.Equal(6, screen.Page.FindAll("tbody tr").Count));
        var rows = screen.Page.FindAll("tbody tr");
        Assert.Contains("Crate count 5", rows[0].TextContent);
        Assert.Contains("Crate count 1", rows[4].TextContent);
        Assert.Contains("Created user", rows[5].TextContent);
    }

    private static IEnumerable<string> EmployeeActions(AdminScreen<AuditLogPage> screen, Employee employee) =>
        screen.Page.FindAll("tbody tr").Where(r => r.QuerySelector("td.audit-record")?.TextContent == $"Employee {employee.Id}")
            .Select(r => r.QuerySelector("td.audit-action")!.TextContent);

    [Fact]
    public void Changes_that_are_not_the_usual_json_are_shown_raw_rather_than_hidden()
    {
        Assert.Null(AuditChange.Parse("not json"));
        Assert.Equal([new AuditChange("IsActive", "true", "false")], AuditChange.Parse("""{"IsActive":{"Old":true,"New":false}}"""));
        Assert.Equal([new AuditChange("MiddleNames", "(empty)", "")], AuditChange.Parse("""{"MiddleNames":{"Old":null}}"""));
    }
}
