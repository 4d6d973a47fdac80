using Chesanto.Domain.Common;

namespace Chesanto.Tests.Domain.Common;

public sealed class EventHubTests
{
    private sealed record CrateCounted(int Crates) : IDomainEvent;
    private sealed record Other : IDomainEvent;

    [Fact]
    public async Task Subscribers_get_their_events_until_they_unsubscribe_and_a_broken_one_does_not_stop_the_others()
    {
        var hub = new InProcessEventHub();
        var seen = new List<int>();
        using var broken = hub.Subscribe<CrateCounted>(_ => throw new InvalidOperationException("closed page"));
        var subscription = hub.Subscribe<CrateCounted>(e => { seen.Add(e.Crates); return Task.CompletedTask; });
        using var other = hub.Subscribe<Other>(_ => { seen.Add(-1); return Task.CompletedTask; });

        await hub.PublishAsync(new CrateCounted(12));
        subscription.Dispose();
        await hub.PublishAsync(new CrateCounted(13));

        Assert.Equal([12], seen);
    }
}

public sealed class BusinessClockTests
{
    [Fact]
    public void The_business_day_is_Nairobis_so_22_00_UTC_is_already_tomorrow()
    {
        var clock = new BusinessClock(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 25), clock.Today);
        Assert.Equal(TimeSpan.FromHours(3), clock.Now.Offset);
        Assert.Equal(new DateOnly(2026, 11, 24), BusinessClock.BusinessDayOf(new DateTimeOffset(2026, 11, 24, 20, 59, 0, TimeSpan.Zero)));
    }
}
