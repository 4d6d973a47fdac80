using Bunit;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Production;

namespace Chesanto.Tests.Features.Production;

public sealed class ClosingCountdownTests : IAsyncLifetime
{
    private readonly PageHost host = new();

    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public void It_counts_down_to_21_00_Nairobi_each_minute_and_then_says_the_books_are_closed()
    {
        var countdown = host.Render<ClosingCountdown>(); // the fake clock starts at 06:30 Nairobi
        Assert.Contains("Closes in 14 h 30 min", countdown.Find(".countdown-left").TextContent);

        host.Domain.Time.Advance(TimeSpan.FromMinutes(1));
        countdown.WaitForAssertion(() => Assert.Contains("Closes in 14 h 29 min", countdown.Find(".countdown-left").TextContent));

        host.Domain.Time.Advance(new TimeSpan(14, 0, 0));
        countdown.WaitForAssertion(() => Assert.Contains("Closes in 29 min", countdown.Find(".countdown-left").TextContent));

        host.Domain.Time.Advance(TimeSpan.FromMinutes(30));
        countdown.WaitForAssertion(() => Assert.Contains("The books closed at 21:00", countdown.Find(".countdown-left").TextContent));
    }
}
