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
