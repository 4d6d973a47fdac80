using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Accounts;

public sealed class PasswordResetTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task A_reset_for_an_unknown_email_says_nothing_and_sends_nothing()
    {
        await host.Get<PasswordService>().RequestResetAsync("nobody@chesanto.test", "10.0.0.1");
        Assert.Empty(host.Outbox.Messages);
    }

    [Fact]
    public async Task An_emailed_code_resets_the_password()
    {
        await host.CreateUserAsync("clerk@chesanto.test", Role.Dispatch, "old crusty loaf");
        var passwords = host.Get<PasswordService>();
        await passwords.RequestResetAsync("Clerk@chesanto.test", "10.0.0.2");
        var code = host.Outbox.CodeSentTo("clerk@chesanto.test");

        var wrongEmail = await Assert.ThrowsAsync<DomainException>(() => passwords.ResetAsync("other@chesanto.test", code, "fresh scones daily", "10.0.0.2"));
        Assert.Equal(PasswordService.BadResetCode, wrongEmail.Message);
        await passwords.ResetAsync("clerk@chesanto.test", code, "fresh scones daily", "10.0.0.2");

        Assert.Equal("Your Chesanto password was changed", host.Outbox.LastTo("clerk@chesanto.test").Subject);
        await Assert.ThrowsAsync<DomainException>(() => passwords.ResetAsync("clerk@chesanto.test", code, "another new one", "10.0.0.2"));
    }

    [Fact]
    public async Task A_fourth_reset_request_in_an_hour_from_one_address_is_refused()
    {
        var passwords = host.Get<PasswordService>();
        for (var i = 0; i < 3; i++) await passwords.RequestResetAsync($"x{i}@chesanto.test", "10.0.0.3");
        var e = await Assert.ThrowsAsync<DomainException>(() => passwords.RequestResetAsync("x9@chesanto.test", "10.0.0.3"));
        Assert.Contains("Too many", e.Message);
        host.Time.Advance(TimeSpan.FromHours(1));
        await passwords.RequestResetAsync("x9@chesanto.test", "10.0.0.3");
    }

    [Fact]
    public async Task A_deactivated_account_gets_no_reset_code()
    {
        var user = await host.CreateUserAsync("gone@chesanto.test", Role.Salesman);
        await using (var db = await host.NewDbAsync())
        {
            db.Users.Single(u => u.Id == user.Id).IsActive = false;
            await db.SaveChangesAsync();
        }
        await host.Get<PasswordService>().RequestResetAsync("gone@chesanto.test", "10.0.0.4");
        Assert.Empty(host.Outbox.Messages);
    }
}
