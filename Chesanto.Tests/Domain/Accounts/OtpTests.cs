using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Accounts;

public sealed class OtpTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private ApplicationUser baker = default!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        baker = await host.CreateUserAsync("baker@chesanto.test", Role.ProductManager);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task The_emailed_code_signs_in_once_and_is_stored_only_as_a_hash()
    {
        var otp = host.Get<OtpService>();
        await otp.IssueAsync(baker, OtpPurpose.Login);
        var code = host.Outbox.CodeSentTo("baker@chesanto.test");

        await using (var db = await host.NewDbAsync())
            Assert.DoesNotContain(code, db.EmailOtps.Single().CodeHash);
        Assert.Equal(OtpCheck.Valid, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, code));
        Assert.Equal(OtpCheck.Expired, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, code));
    }

    [Fact]
    public async Task Three_wrong_codes_spend_the_code_even_if_the_right_one_follows()
    {
        var otp = host.Get<OtpService>();
        await otp.IssueAsync(baker, OtpPurpose.Login);
        var code = host.Outbox.CodeSentTo("baker@chesanto.test");
        var wrong = code == "000000" ? "111111" : "000000";

        Assert.Equal(OtpCheck.Wrong, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, wrong));
        Assert.Equal(OtpCheck.Wrong, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, wrong));
        Assert.Equal(OtpCheck.TooManyAttempts, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, wrong));
        Assert.Equal(OtpCheck.TooManyAttempts, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, code));
    }

    [Fact]
    public async Task A_login_code_dies_after_10_minutes_and_a_reset_code_after_15()
    {
        var otp = host.Get<OtpService>();
        await otp.IssueAsync(baker, OtpPurpose.Login);
        var login = host.Outbox.CodeSentTo("baker@chesanto.test");
        await otp.IssueAsync(baker, OtpPurpose.PasswordReset);
        var reset = host.Outbox.CodeSentTo("baker@chesanto.test");

        host.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(OtpCheck.Expired, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, login));
        Assert.Equal(OtpCheck.Valid, await otp.VerifyAsync(baker.Id, OtpPurpose.PasswordReset, reset));
    }

    [Fact]
    public async Task Resending_waits_60_seconds_and_stops_after_3_codes_in_10_minutes_and_only_the_newest_counts()
    {
        var otp = host.Get<OtpService>();
        await otp.IssueAsync(baker, OtpPurpose.Login);
        var first = host.Outbox.CodeSentTo("baker@chesanto.test");
        var tooSoon = await Assert.ThrowsAsync<DomainException>(() => otp.IssueAsync(baker, OtpPurpose.Login));
        Assert.Contains("wait", tooSoon.Message);

        host.Time.Advance(TimeSpan.FromSeconds(61));
        await otp.IssueAsync(baker, OtpPurpose.Login);
        host.Time.Advance(TimeSpan.FromSeconds(61));
        await otp.IssueAsync(baker, OtpPurpose.Login);
        var newest = host.Outbox.CodeSentTo("baker@chesanto.test");
        host.Time.Advance(TimeSpan.FromSeconds(61));
        var fourth = await Assert.ThrowsAsync<DomainException>(() => otp.IssueAsync(baker, OtpPurpose.Login));
        Assert.Contains("Too many codes", fourth.Message);

        if (first != newest) Assert.NotEqual(OtpCheck.Valid, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, first));
        Assert.Equal(OtpCheck.Valid, await otp.VerifyAsync(baker.Id, OtpPurpose.Login, newest));
    }

    [Fact]
    public async Task A_code_is_asked_when_the_last_password_sign_in_is_24_hours_old()
    {
        var rules = host.Get<SignInRules>();
        Assert.True(rules.RequiresEmailCode(baker));
        baker.LastPasswordLogin = host.Time.GetUtcNow();
        host.Time.Advance(TimeSpan.FromHours(23));
        Assert.False(rules.RequiresEmailCode(baker));
        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.True(rules.RequiresEmailCode(baker));
    }
}
