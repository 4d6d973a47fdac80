using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.People;

namespace Chesanto.Tests.Features.People;

public sealed class MyEmployeeRecordTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task A_salesman_reads_his_own_record_and_pay_per_day()
    {
        var salesman = await host.Domain.CreateUserAsync("otieno@chesanto.test", Role.Salesman);
        host.Domain.ActAs(await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        await host.Domain.Get<EmployeeService>().SaveAsync(new Employee
        {
            EmployeeNumber = "CHE031", FirstName = "Otieno", LastName = "Odhiambo", PhonePrimary = "0722000111",
            Position = "Sales Rep", Department = Department.Sales, HireDate = new DateOnly(2025, 1, 6),
            BasicSalary = 9_000m, UserId = salesman.Id,
        });
        host.SignInAs(salesman);

        var card = host.Render<MyEmployeeRecord>();

        var facts = card.WaitForElement("#employee-facts");
        Assert.Contains("CHE031", facts.TextContent);
        Assert.Contains("Otieno Odhiambo", facts.TextContent);
        Assert.Contains("300.00", facts.TextContent);
        Assert.Empty(card.FindAll("input"));
    }

    [Fact]
    public async Task Someone_not_on_the_register_is_told_so()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("new@chesanto.test", Role.BasicUser));

        var card = host.Render<MyEmployeeRecord>();

        card.WaitForAssertion(() => Assert.Contains("not on the staff register", card.Find("#my-employee-record").TextContent));
        Assert.Empty(card.FindAll("#employee-facts"));
    }
}
