using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Accounts;

public sealed class PrimarySuperadminTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Transferring_the_mark_clears_the_old_holder()
    {
        var founder = await host.CreateUserAsync("founder@chesanto.test", Role.Superadmin, primary: true);
        var ceo = await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);

        await host.Get<PrimarySuperadmin>().TransferAsync("ceo@chesanto.test");

        await using var db = await host.NewDbAsync();
        Assert.Equal([ceo.Id], db.Users.Where(u => u.IsPrimarySuperadmin).Select(u => u.Id).ToList());
        Assert.False(db.Users.Single(u => u.Id == founder.Id).IsPrimarySuperadmin);
    }

    [Fact]
    public async Task Only_a_superadmin_can_hold_the_mark()
    {
        await host.CreateUserAsync("founder@chesanto.test", Role.Superadmin, primary: true);
        await host.CreateUserAsync("acc@chesanto.test", Role.Admin);

        var e = await Assert.ThrowsAsync<DomainException>(() => host.Get<PrimarySuperadmin>().TransferAsync("acc@chesanto.test"));

        Assert.Equal("Only an active superadmin can be the primary superadmin.", e.Message);
        await using var db = await host.NewDbAsync();
        Assert.Equal("founder@chesanto.test", db.Users.Single(u => u.IsPrimarySuperadmin).Email);
    }
}

public sealed class AdminBootstrapTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task The_first_run_creates_one_primary_superadmin_and_later_runs_leave_it_alone()
    {
        var first = await host.Get<AdminBootstrap>().EnsureAsync(null, null);
        var again = await host.Get<AdminBootstrap>().EnsureAsync(null, "another password given later");

        Assert.NotNull(first);
        Assert.Equal(AdminBootstrap.DefaultEmail, first.Email);
        Assert.Equal(16, first.Password.Length);
        Assert.Null(again);
        await using var db = await host.NewDbAsync();
        var admin = db.Users.Single();
        Assert.True(admin is { Role: Role.Superadmin, IsPrimarySuperadmin: true, IsActive: true, IsApproved: true, MustChangePassword: false });
    }

    [Fact]
    public async Task The_login_from_the_environment_is_used_when_given()
    {
        var login = await host.Get<AdminBootstrap>().EnsureAsync("Owner@Chesanto.test", "the bakery owner's own phrase");
        Assert.Equal(new AdminLogin("owner@chesanto.test", "the bakery owner's own phrase"), login);
    }
}
