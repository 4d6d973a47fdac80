using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.People;

public sealed class EmployeeServiceTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    private static Employee Baker(string number = "CHE028") => new()
    {
        EmployeeNumber = number, FirstName = "Wanjiru", LastName = "Kamau", PhonePrimary = "0712 345 678",
        Position = "Baker", Department = Department.Production, Type = EmploymentType.Permanent,
        HireDate = new DateOnly(2024, 3, 1), BasicSalary = 11_500m,
    };

    [Fact]
    public async Task An_accountant_adds_an_employee_with_the_phone_in_international_form()
    {
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        var saved = await host.Get<EmployeeService>().SaveAsync(Baker());

        Assert.Equal("+254712345678", saved.PhonePrimary);
        Assert.Equal(383.33m, saved.PayPerDay);
    }
}
