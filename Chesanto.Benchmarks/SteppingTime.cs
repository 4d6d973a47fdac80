namespace Chesanto.Benchmarks;

/// <summary>A clock the scenario moves forward by hand (morning dispatch, evening settlement, next day).</summary>
internal sealed class SteppingTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}
