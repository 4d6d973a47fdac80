using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Home;

namespace Chesanto.Tests.Features.Home;

public sealed class DashboardTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task An_accountant_sees_new_registrations_waiting_and_recent_activity_appear_live()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("acc@chesanto.test", Role.Admin));
        var page = host.Render<Dashboard>();
        page.WaitForAssertion(() => Assert.Contains("No new accounts wait for approval", page.Find("#pending-approvals").TextContent));

        await host.Domain.Get<RegistrationService>().RegisterAsync(new Registration("new.baker@chesanto.test", "kneading every morning", "Neema", "Baraka", "0711 222 333"));

        page.WaitForAssertion(() => Assert.Contains("1 new account waits for approval", page.Find("#pending-approvals").TextContent));
        page.WaitForAssertion(() => Assert.Contains("Created user", page.Find("#recent-audit").TextContent));
        Assert.Contains("Karibu, acc", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task A_salesman_sees_only_his_profile_not_approvals_or_the_audit_log()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        var page = host.Render<Dashboard>();

        page.WaitForAssertion(() => Assert.Contains("sales@chesanto.test", page.Find("#profile-card").TextContent));
        Assert.Empty(page.FindAll("#pending-approvals"));
        Assert.Empty(page.FindAll("#recent-audit"));
    }
}
