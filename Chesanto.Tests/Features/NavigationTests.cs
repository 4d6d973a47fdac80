using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Components.Layout;

namespace Chesanto.Tests.Features;

public sealed class NavigationTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task A_salesman_sees_no_administration_or_staff_links()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        var menu = host.Render<NavMenu>(p => p.Add(m => m.Role, Role.Salesman));

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("profile", links);
        Assert.DoesNotContain("admin/users", links);
        Assert.DoesNotContain("admin/audit", links);
        Assert.DoesNotContain("people", links);
        Assert.DoesNotContain("alerts", links);
        Assert.Contains("payroll/mine", links);
        Assert.DoesNotContain("payroll", links);
        Assert.DoesNotContain("payroll/casuals", links);
        Assert.DoesNotContain("accounting/expenses", links);
    }

    [Fact]
    public async Task An_accountant_sees_users_audit_and_staff()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("acc@chesanto.test", Role.Admin));
        var menu = host.Render<NavMenu>(p => p.Add(m => m.Role, Role.Admin));

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("admin/users", links);
        Assert.Contains("admin/audit", links);
        Assert.Contains("people", links);
        Assert.Contains("alerts", links);
        Assert.Contains("payroll", links);
        Assert.Contains("payroll/casuals", links);
        Assert.Contains("accounting/expenses", links);
        Assert.Contains("accounting/fuel", links);
    }
}
