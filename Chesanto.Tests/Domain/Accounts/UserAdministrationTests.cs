using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Accounts;

public sealed class UserAdministrationTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    private UserAdministration Admin => host.Get<UserAdministration>();

    private async Task<ApplicationUser> ReloadAsync(string id)
    {
        await using var db = await host.NewDbAsync();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    [Fact]
    public async Task Nobody_deletes_their_own_account_not_even_the_CEO()
    {
        var ceo = await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin, primary: true);
        host.ActAs(ceo);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Admin.DeleteAsync(ceo.Id));

        Assert.Equal("You cannot delete your own account.", refused.Message);
        Assert.Null((await ReloadAsync(ceo.Id)).DeletedAt);
    }

    [Fact]
    public async Task Nobody_deletes_the_primary_superadmin()
    {
        var ceo = await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin, primary: true);
        host.ActAs(await host.CreateUserAsync("developer@chesanto.test", Role.Superadmin));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Admin.DeleteAsync(ceo.Id));

        Assert.Equal("Nobody may delete the primary superadmin.", refused.Message);
        var stillThere = await ReloadAsync(ceo.Id);
        Assert.True(stillThere.IsActive);
        Assert.Null(stillThere.DeletedAt);
    }

    [Fact]
    public async Task An_accountant_cannot_delete_users()
    {
        var salesman = await host.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Admin.DeleteAsync(salesman.Id));

        Assert.Equal("Only a superadmin may delete users.", refused.Message);
        Assert.Null((await ReloadAsync(salesman.Id)).DeletedAt);
    }

    [Fact]
    public async Task The_CEO_deletes_a_salesman_who_then_leaves_the_list_but_stays_in_the_database()
    {
        var salesman = await host.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        host.ActAs(await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin, primary: true));

        await Admin.DeleteAsync(salesman.Id);

        Assert.DoesNotContain(await Admin.ListAsync(), u => u.Id == salesman.Id);
        var kept = await ReloadAsync(salesman.Id);
        Assert.NotNull(kept.DeletedAt);
        Assert.False(kept.IsActive);
    }

    [Theory]
    [InlineData(Role.ProductManager, "Only a superadmin may make someone Production Manager.")]
    [InlineData(Role.Admin, "Accountants may only give roles below Accountant.")]
    public async Task An_accountant_cannot_make_someone_production_manager_or_accountant(Role role, string reason)
    {
        var salesman = await host.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Admin.ChangeRoleAsync(salesman.Id, role));

        Assert.Equal(reason, refused.Message);
        Assert.Equal("Role", refused.Field);
        Assert.Equal(Role.Salesman, (await ReloadAsync(salesman.Id)).Role);
    }

    [Fact]
    public async Task An_accountant_moves_a_salesman_to_dispatch_and_the_audit_log_says_so()
    {
        var salesman = await host.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));

        await Admin.ChangeRoleAsync(salesman.Id, Role.Dispatch);

        Assert.Equal(Role.Dispatch, (await ReloadAsync(salesman.Id)).Role);
        await using var db = await host.NewDbAsync();
        var line = await db.AuditEntries.SingleAsync(a => a.Action == Chesanto.Domain.Audit.AuditAction.RoleChanged);
        Assert.Equal("Role changed from SALESMAN to DISPATCH by accountant@chesanto.test", line.Message);
    }

    [Fact]
    public async Task A_superadmin_who_is_not_primary_cannot_edit_another_superadmin()
    {
        await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin, primary: true);
        var director = await host.CreateUserAsync("director@chesanto.test", Role.Superadmin);
        host.ActAs(await host.CreateUserAsync("developer@chesanto.test", Role.Superadmin));

        var deactivation = await Assert.ThrowsAsync<DomainException>(() => Admin.SetActiveAsync(director.Id, false));
        var demotion = await Assert.ThrowsAsync<DomainException>(() => Admin.ChangeRoleAsync(director.Id, Role.Admin));

        Assert.Equal("Superadmins cannot edit each other; only the primary superadmin may.", deactivation.Message);
        Assert.Equal("A superadmin's role is read-only to other superadmins.", demotion.Message);
        var unchanged = await ReloadAsync(director.Id);
        Assert.True(unchanged.IsActive);
        Assert.Equal(Role.Superadmin, unchanged.Role);
    }

    [Fact]
    public async Task Approving_a_registered_baker_makes_them_active_and_emails_that_the_account_is_active()
    {
        var id = await host.Get<RegistrationService>().RegisterAsync(
            new Registration("wanjiru@chesanto.test", "kneading-dough-42", "Wanjiru", "Kamau", "0712345678"));
        host.ActAs(await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin, primary: true));
        Assert.Contains(await Admin.ListAsync(pendingOnly: true), u => u.Id == id);

        await Admin.ApproveAsync(id, Role.ProductManager);

        var approved = await ReloadAsync(id);
        Assert.True(approved.IsApproved);
        Assert.True(approved.IsActive);
        Assert.Equal(Role.ProductManager, approved.Role);
        Assert.Equal("Your Chesanto account is active", host.Outbox.LastTo("wanjiru@chesanto.test").Subject);
        Assert.Empty(await Admin.ListAsync(pendingOnly: true));
    }

    [Fact]
    public async Task Approving_without_choosing_a_working_role_is_refused()
    {
        var id = await host.Get<RegistrationService>().RegisterAsync(
            new Registration("otieno@chesanto.test", "kneading-dough-42", "Otieno", "Ouma", "0712345679"));
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Admin.ApproveAsync(id, Role.BasicUser));

        Assert.Equal("Role", refused.Field);
        Assert.False((await ReloadAsync(id)).IsApproved);
    }
}
