using Chesanto.Domain.Common;
using Chesanto.Domain.People;

namespace Chesanto.Domain.Attendance;

/// <summary>
/// Today's board, loaded once and shared by every open board: when someone clocks in, fifty wall screens and phones
/// reload from one query instead of fifty. Attendance writes invalidate it before they publish; staff edits on event;
/// anything else (a seeder, a direct fix) shows within <see cref="MaxAge"/>.
/// </summary>
public sealed class BoardSnapshot : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly IDisposable _staffEdits;
    private (DateOnly Day, long Version, DateTimeOffset At, Task<BoardView> View)? _current;
    private long _version;

    public BoardSnapshot(IEventHub events, TimeProvider time)
    {
        _time = time;
        _staffEdits = events.Subscribe<EmployeeChanged>(_ => { Invalidate(); return Task.CompletedTask; });
    }

    public void Invalidate() => Interlocked.Increment(ref _version);

    internal Task<BoardView> GetAsync(DateOnly day, Func<Task<BoardView>> load)
    {
        lock (_gate)
        {
            var (version, now) = (Interlocked.Read(ref _version), _time.GetUtcNow());
            if (_current is { } c && c.Day == day && c.Version == version && now - c.At < MaxAge && !c.View.IsFaulted) return c.View;
            var view = load();
            _current = (day, version, now, view);
            return view;
        }
    }

    public void Dispose() => _staffEdits.Dispose();
}
