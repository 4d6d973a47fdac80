using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Domain.Accounts;

public sealed class InvitationTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private ApplicationUser ceo = default!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        ceo = await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin, primary: true);
        host.ActAs(ceo);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task An_invitee_gets_an_email_with_a_working_temporary_password_and_must_change_it()
    {
        var invitation = await host.Get<InvitationService>().InviteAsync("Jane.Accountant@Chesanto.test", "Jane Wanjiru Otieno", Role.Admin);

        var mail = host.Outbox.LastTo("jane.accountant@chesanto.test");
        var password = System.Text.RegularExpressions.Regex.Match(mail.Body, @"Temporary password: (\S+)").Groups[1].Value;
        Assert.Equal(12, password.Length);
        Assert.Contains("/Account/Login", mail.Body);
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync("jane.accountant@chesanto.test");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, password));
        Assert.Equal(("Jane", "Wanjiru Otieno", Role.Admin), (user.FirstName, user.LastName, user.Role));
        Assert.True(user.MustChangePassword && user.IsActive && user.IsApproved);
        Assert.Equal(host.Time.GetUtcNow().AddDays(7), invitation.ExpiresAt);
    }

    [Fact]
    public async Task Inviting_an_email_that_already_has_an_account_is_refused_at_the_email_field()
    {
        var e = await Assert.ThrowsAsync<DomainException>(() =>
            host.Get<InvitationService>().InviteAsync("CEO@chesanto.test", "Someone Else", Role.Salesman));
        Assert.Equal(("A user with this email already exists.", "Email"), (e.Message, e.Field));
        Assert.DoesNotContain(host.Outbox.Messages, m => m.Subject.Contains("invited"));
    }

    [Fact]
    public async Task An_accountant_cannot_invite_a_production_manager_or_another_accountant()
    {
        host.ActAs(await host.CreateUserAsync("acc@chesanto.test", Role.Admin));
        var invitations = host.Get<InvitationService>();
        var pm = await Assert.ThrowsAsync<DomainException>(() => invitations.InviteAsync("pm@chesanto.test", "Peter Mwangi", Role.ProductManager));
        var admin = await Assert.ThrowsAsync<DomainException>(() => invitations.InviteAsync("a2@chesanto.test", "Ann Njeri", Role.Admin));
        Assert.Equal("Role", pm.Field);
        Assert.Equal("Role", admin.Field);
        await invitations.InviteAsync("sales@chesanto.test", "Sam Otieno", Role.Salesman);
    }

    [Fact]
    public async Task A_salesman_cannot_invite_anyone()
    {
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            host.Get<InvitationService>().InviteAsync("x@chesanto.test", "Xavier Kip", Role.Salesman));
    }

    [Fact]
    public async Task An_expired_invitation_blocks_sign_in_until_it_is_resent()
    {
        var invitation = await host.Get<InvitationService>().InviteAsync("late@chesanto.test", "Lucy Achieng", Role.Dispatch);
        host.Time.Advance(TimeSpan.FromDays(7));
        var user = await UserAsync("late@chesanto.test");
        Assert.Equal(SignInBlock.InvitationExpired, await host.Get<SignInRules>().CheckAsync(user));

        await host.Get<InvitationService>().ResendAsync(invitation.Id);
        Assert.Equal(SignInBlock.None, await host.Get<SignInRules>().CheckAsync(await UserAsync("late@chesanto.test")));
        Assert.Equal(2, host.Outbox.Messages.Count(m => m.To == "late@chesanto.test"));
    }

    [Fact]
    public async Task Changing_the_temporary_password_uses_the_invitation_and_lifts_the_forced_change()
    {
        await host.Get<InvitationService>().InviteAsync("new@chesanto.test", "Nancy Wairimu", Role.Salesman);
        var password = System.Text.RegularExpressions.Regex.Match(host.Outbox.LastTo("new@chesanto.test").Body, @"Temporary password: (\S+)").Groups[1].Value;
        var user = await UserAsync("new@chesanto.test");
        var actor = new Actor(user.Id, user.Email!, user.Role);

        var same = await Assert.ThrowsAsync<DomainException>(() => host.Get<PasswordService>().ChangeAsync(actor, password, password));
        Assert.Equal("NewPassword", same.Field);
        var common = await Assert.ThrowsAsync<DomainException>(() => host.Get<PasswordService>().ChangeAsync(actor, password, "password123"));
        Assert.Contains("too common", common.Message);

        await host.Get<PasswordService>().ChangeAsync(actor, password, "mandazi on the morning route");
        user = await UserAsync("new@chesanto.test");
        Assert.False(user.MustChangePassword);
        await using var db = await host.NewDbAsync();
        Assert.NotNull(db.Invitations.Single(i => i.UserId == user.Id).UsedAt);
        Assert.Equal("Your Chesanto password was changed", host.Outbox.LastTo("new@chesanto.test").Subject);
    }

    private async Task<ApplicationUser> UserAsync(string email)
    {
        using var scope = host.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
    }
}
