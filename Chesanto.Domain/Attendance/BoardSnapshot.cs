using Chesanto.Domain.Common;
using Chesanto.Domain.People;

namespace Chesanto.Domain.Attendance;

/// <summary>
/// Today's board, loaded once and shared by every open board: when someone clocks in, fifty wall screens and phones
/// reload from one query instead of fifty. Attendance writes invalidate it before they publish; staff edits on event.
/// </summary>
public sealed class BoardSnapshot : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IDisposable _staffEdits;
    private (DateOnly Day, long Version, Task<BoardView> View)? _current;
    private long _version;

    public BoardSnapshot(IEventHub events) =>
        _staffEdits = events.Subscribe<EmployeeChanged>(_ => { Invalidate(); return Task.CompletedTask; });

    public void Invalidate() => Interlocked.Increment(ref _version);

    internal Task<BoardView> GetAsync(DateOnly day, Func<Task<BoardView>> load)
    {
        lock (_gate)
        {
            var version = Interlocked.Read(ref _version);
            if (_current is { } c && c.Day == day && c.Version == version && !c.View.IsFaulted) return c.View;
            var view = load();
            _current = (day, version, view);
            return view;
        }
    }

    public void Dispose() => _staffEdits.Dispose();
}
