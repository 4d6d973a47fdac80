using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.People;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Features.People;

public sealed class EmployeeEditorTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    private async Task SignInAsAccountantAsync() =>
        host.SignInAs(await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin));

    private IRenderedComponent<EmployeeEditor> OpenNewEmployeeForm()
    {
        var page = host.Render<EmployeeEditor>();
        page.WaitForElement("#save-employee");
        return page;
    }

    private static void Type(IRenderedComponent<EmployeeEditor> page, string field, string value) =>
        page.Find($".field-{field} input").Change(value);

    private async Task<List<Employee>> EmployeesOnFileAsync()
    {
        await using var db = await host.Domain.NewDbAsync();
        return await db.Employees.ToListAsync();
    }

    [Fact]
    public async Task The_accountant_fills_in_a_new_baker_and_saves_them_to_the_register()
    {
        await SignInAsAccountantAsync();
        var page = OpenNewEmployeeForm();
        Assert.Equal("CHE001", page.Find(".field-EmployeeNumber input").GetAttribute("value"));

        Type(page, "FirstName", "Wanjiru");
        Type(page, "LastName", "Kamau");
        Type(page, "PhonePrimary", "0712 345 678");
        Type(page, "Position", "Baker");
        Type(page, "NationalId", "23456789");
        Type(page, "BasicSalary", "11500");
        page.WaitForAssertion(() => Assert.Contains("KES 383.33", page.Find("#pay-per-day").TextContent));
        await page.Find("#save-employee").ClickAsync(new());

        var saved = Assert.Single(await EmployeesOnFileAsync());
        Assert.Equal(("CHE001", "Wanjiru Kamau", "+254712345678", "Baker", "23456789", 11_500m),
            (saved.EmployeeNumber, saved.FullName, saved.PhonePrimary, saved.Position, saved.NationalId, saved.BasicSalary));
        Assert.Equal(new DateOnly(2026, 11, 24), saved.HireDate); // today in Nairobi, as prefilled
        Assert.EndsWith($"/people/{saved.Id}", host.Context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task A_landline_is_refused_at_the_phone_field_and_nothing_is_saved()
    {
        await SignInAsAccountantAsync();
        var page = OpenNewEmployeeForm();
        Type(page, "FirstName", "Wanjiru");
        Type(page, "LastName", "Kamau");
        Type(page, "PhonePrimary", "020 222 2222");
        Type(page, "Position", "Baker");

        await page.Find("#save-employee").ClickAsync(new());

        page.WaitForAssertion(() =>
            Assert.Contains(KenyanPhone.Hint, page.Find(".field-PhonePrimary .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Empty(page.FindAll(".field-FirstName .mud-input-helper-text.mud-input-error"));
        Assert.Equal("020 222 2222", page.Find(".field-PhonePrimary input").GetAttribute("value"));
        Assert.Equal("Wanjiru", page.Find(".field-FirstName input").GetAttribute("value"));
        Assert.Empty(await EmployeesOnFileAsync());
    }

    [Fact]
    public async Task A_clerk_who_saves_after_a_colleague_sees_their_values_and_can_reload_them()
    {
        await SignInAsAccountantAsync();
        var staff = host.Domain.Get<EmployeeService>();
        var baker = await staff.SaveAsync(new Employee
        {
            EmployeeNumber = "CHE028", FirstName = "Wanjiru", LastName = "Kamau", PhonePrimary = "0712345678",
            Position = "Baker", HireDate = new DateOnly(2024, 3, 1), BasicSalary = 11_500m,
        });
        var page = host.Render<EmployeeEditor>(p => p.Add(e => e.Id, baker.Id));
        page.WaitForElement("#save-employee");

        var colleagues = (await staff.GetAsync(baker.Id))!;
        colleagues.BasicSalary = 12_000m;
        await staff.SaveAsync(colleagues);
        Type(page, "Position", "Head Baker");
        await page.Find("#save-employee").ClickAsync(new());

        var notice = page.WaitForElement("#concurrency-conflict");
        Assert.Contains("12,000.00", notice.TextContent);
        Assert.Contains("Head Baker", notice.TextContent);
        Assert.Equal("Baker", (await staff.GetAsync(baker.Id))!.Position);

        await page.Find("#reload-saved").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#concurrency-conflict")));
        Assert.Equal("Baker", page.Find(".field-Position input").GetAttribute("value"));
        Assert.Contains("KES 400.00", page.Find("#pay-per-day").TextContent);
    }

    [Fact]
    public async Task A_clerk_who_saves_after_a_colleague_can_knowingly_save_over_them()
    {
        await SignInAsAccountantAsync();
        var staff = host.Domain.Get<EmployeeService>();
        var baker = await staff.SaveAsync(new Employee
        {
            EmployeeNumber = "CHE028", FirstName = "Wanjiru", LastName = "Kamau", PhonePrimary = "0712345678",
            Position = "Baker", HireDate = new DateOnly(2024, 3, 1), BasicSalary = 11_500m,
        });
        var page = host.Render<EmployeeEditor>(p => p.Add(e => e.Id, baker.Id));
        page.WaitForElement("#save-employee");
        var colleagues = (await staff.GetAsync(baker.Id))!;
        colleagues.KraPin = "A123456789Z";
        await staff.SaveAsync(colleagues);
        Type(page, "Position", "Head Baker");
        await page.Find("#save-employee").ClickAsync(new());
        page.WaitForElement("#concurrency-conflict");

        await page.Find("#save-mine-anyway").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#concurrency-conflict")));
        var stored = (await staff.GetAsync(baker.Id))!;
        Assert.Equal("Head Baker", stored.Position);
        Assert.Null(stored.KraPin); // the form did not have it, and the clerk chose the form
    }

    [Fact]
    public async Task A_department_head_reads_a_record_but_gets_no_form()
    {
        await SignInAsAccountantAsync();
        var baker = await host.Domain.Get<EmployeeService>().SaveAsync(new Employee
        {
            EmployeeNumber = "CHE028", FirstName = "Wanjiru", LastName = "Kamau", PhonePrimary = "0712345678",
            Position = "Baker", HireDate = new DateOnly(2024, 3, 1), BasicSalary = 11_500m,
        });
        host.SignInAs(await host.Domain.CreateUserAsync("head@chesanto.test", Role.DeptHead));

        var page = host.Render<EmployeeEditor>(p => p.Add(e => e.Id, baker.Id));

        var facts = page.WaitForElement("#employee-facts");
        Assert.Contains("CHE028", facts.TextContent);
        Assert.Contains("+254712345678", facts.TextContent);
        Assert.Empty(page.FindAll("#save-employee"));
        Assert.Empty(page.FindAll("input"));
    }
}
