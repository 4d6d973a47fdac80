using System.Text.Json;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

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

    private static Employee SalesRep(string number = "CHE031") => new()
    {
        EmployeeNumber = number, FirstName = "Otieno", LastName = "Odhiambo", PhonePrimary = "0722 000 111",
        Position = "Sales Rep", Department = Department.Sales, Type = EmploymentType.Contract,
        HireDate = new DateOnly(2025, 1, 6), BasicSalary = 9_000m, DailySalesTarget = 35_000m,
    };

    private async Task<EmployeeService> AsAccountantAsync()
    {
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        return host.Get<EmployeeService>();
    }

    private async Task<int> EmployeesOnFileAsync()
    {
        await using var db = await host.NewDbAsync();
        return await db.Employees.CountAsync();
    }

    [Fact]
    public async Task An_accountant_adds_an_employee_with_the_phone_in_international_form()
    {
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        var saved = await host.Get<EmployeeService>().SaveAsync(Baker());

        Assert.Equal("+254712345678", saved.PhonePrimary);
        Assert.Equal(383.33m, saved.PayPerDay);
    }

    [Fact]
    public async Task A_second_employee_cannot_take_CHE028()
    {
        var staff = await AsAccountantAsync();
        await staff.SaveAsync(Baker("CHE028"));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => staff.SaveAsync(SalesRep("che028")));

        Assert.Equal(nameof(Employee.EmployeeNumber), refusal.Field);
        Assert.Contains("CHE028", refusal.Message);
        Assert.Equal(1, await EmployeesOnFileAsync());
    }

    [Theory]
    [InlineData("020 222 2222")] // a Nairobi landline cannot take M-Pesa or SMS
    [InlineData("0712 345")]
    [InlineData("call me")]
    public async Task A_number_that_is_not_a_Kenyan_mobile_is_refused_with_the_hint(string phone)
    {
        var staff = await AsAccountantAsync();
        var baker = Baker();
        baker.PhonePrimary = phone;

        var refusal = await Assert.ThrowsAsync<DomainException>(() => staff.SaveAsync(baker));

        Assert.Equal(nameof(Employee.PhonePrimary), refusal.Field);
        Assert.Equal(KenyanPhone.Hint, refusal.Message);
        Assert.Equal(0, await EmployeesOnFileAsync());
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("123456789")]
    [InlineData("12A4567")]
    public async Task A_national_ID_without_7_or_8_digits_is_refused(string nationalId)
    {
        var staff = await AsAccountantAsync();
        var baker = Baker();
        baker.NationalId = nationalId;

        var refusal = await Assert.ThrowsAsync<DomainException>(() => staff.SaveAsync(baker));

        Assert.Equal(nameof(Employee.NationalId), refusal.Field);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData(" 12345678 ")]
    public async Task A_national_ID_of_7_or_8_digits_is_kept(string nationalId)
    {
        var staff = await AsAccountantAsync();
        var baker = Baker();
        baker.NationalId = nationalId;

        var saved = await staff.SaveAsync(baker);

        Assert.Equal(nationalId.Trim(), saved.NationalId);
    }

    [Fact]
    public async Task Two_employees_cannot_share_a_national_ID()
    {
        var staff = await AsAccountantAsync();
        var baker = Baker();
        baker.NationalId = "23456789";
        await staff.SaveAsync(baker);
        var rep = SalesRep();
        rep.NationalId = "23456789";

        var refusal = await Assert.ThrowsAsync<DomainException>(() => staff.SaveAsync(rep));

        Assert.Equal(nameof(Employee.NationalId), refusal.Field);
        Assert.Equal(1, await EmployeesOnFileAsync());
    }

    [Fact]
    public async Task Termination_before_the_hire_date_is_refused()
    {
        var staff = await AsAccountantAsync();
        var baker = Baker();
        baker.Status = EmploymentStatus.Terminated;
        baker.TerminationDate = baker.HireDate.AddDays(-1);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => staff.SaveAsync(baker));

        Assert.Equal(nameof(Employee.TerminationDate), refusal.Field);
    }

    [Fact]
    public async Task A_salesman_can_neither_list_nor_save_employees()
    {
        var staff = await AsAccountantAsync();
        await staff.SaveAsync(Baker());
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        var asSalesman = host.Get<EmployeeService>();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => asSalesman.ListAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => asSalesman.SaveAsync(SalesRep()));
        Assert.Equal(1, await EmployeesOnFileAsync());
    }

    [Fact]
    public async Task A_department_head_lists_staff_but_cannot_save()
    {
        var staff = await AsAccountantAsync();
        await staff.SaveAsync(Baker());
        host.ActAs(await host.CreateUserAsync("head@chesanto.test", Role.DeptHead));
        var asHead = host.Get<EmployeeService>();

        Assert.Single(await asHead.ListAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => asHead.SaveAsync(SalesRep()));
    }

    [Fact]
    public async Task Saving_over_a_colleagues_newer_save_is_refused_and_their_values_stay()
    {
        var staff = await AsAccountantAsync();
        var id = (await staff.SaveAsync(Baker())).Id;
        var mine = (await staff.GetAsync(id))!;
        var colleagues = (await staff.GetAsync(id))!;
        colleagues.BasicSalary = 12_000m;
        var theirSave = await staff.SaveAsync(colleagues);

        mine.BasicSalary = 15_000m;
        mine.Position = "Head Baker";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => staff.SaveAsync(mine));

        var stored = (await staff.GetAsync(id))!;
        Assert.Equal(12_000m, stored.BasicSalary);
        Assert.Equal("Baker", stored.Position);
        Assert.Equal(theirSave.Version, stored.Version);
    }

    [Fact]
    public async Task The_audit_log_shows_who_added_and_who_changed_the_salary()
    {
        var staff = await AsAccountantAsync();
        var id = (await staff.SaveAsync(Baker())).Id;
        var raise = (await staff.GetAsync(id))!;
        raise.BasicSalary = 12_000m;
        await staff.SaveAsync(raise);

        await using var db = await host.NewDbAsync();
        var entries = await db.AuditEntries.Where(a => a.Entity == nameof(Employee) && a.EntityKey == id.ToString())
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update], entries.Select(a => a.Action));
        Assert.All(entries, a => Assert.Equal("accountant@chesanto.test", a.UserName));

        var created = JsonDocument.Parse(entries[0].Changes!).RootElement;
        Assert.Equal("CHE028", created.GetProperty("EmployeeNumber").GetProperty("New").GetString());
        Assert.Equal("+254712345678", created.GetProperty("PhonePrimary").GetProperty("New").GetString());

        var changed = JsonDocument.Parse(entries[1].Changes!).RootElement;
        Assert.Equal([nameof(Employee.BasicSalary)], changed.EnumerateObject().Select(p => p.Name));
        Assert.Equal(11_500m, changed.GetProperty("BasicSalary").GetProperty("Old").GetDecimal());
        Assert.Equal(12_000m, changed.GetProperty("BasicSalary").GetProperty("New").GetDecimal());
    }

    [Fact]
    public async Task The_next_staff_number_follows_the_highest_on_the_register()
    {
        var staff = await AsAccountantAsync();
        await staff.SaveAsync(Baker("CHE028"));
        await staff.SaveAsync(SalesRep("CHE031"));

        Assert.Equal("CHE032", await staff.NextEmployeeNumberAsync());
    }
}

public sealed class EmployeeLoginLinkTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task A_linked_salesman_sees_his_own_record_and_his_login_is_offered_to_nobody_else()
    {
        var accountant = await host.CreateUserAsync("acc@chesanto.test", Role.Admin);
        var salesman = await host.CreateUserAsync("otieno@chesanto.test", Role.Salesman);
        host.ActAs(accountant);
        var staff = host.Get<EmployeeService>();
        Assert.Contains(await staff.LoginChoicesAsync(0), c => c.UserId == salesman.Id);

        var record = await staff.SaveAsync(new Employee
        {
            EmployeeNumber = "CHE031", FirstName = "Otieno", LastName = "Ouma", PhonePrimary = "0733 444 555", Position = "Route salesman",
            Department = Department.Sales, Type = EmploymentType.Permanent, HireDate = new DateOnly(2025, 1, 6), BasicSalary = 9_000m, UserId = salesman.Id,
        });

        Assert.DoesNotContain(await staff.LoginChoicesAsync(0), c => c.UserId == salesman.Id);
        Assert.Contains(await staff.LoginChoicesAsync(record.Id), c => c.UserId == salesman.Id);
        host.ActAs(salesman);
        Assert.Equal("CHE031", (await host.Get<EmployeeService>().MineAsync())?.EmployeeNumber);
        Assert.Equal("CHE031", (await host.Get<EmployeeService>().GetAsync(record.Id))?.EmployeeNumber);
    }
}
