using System.Collections.Concurrent;

namespace Chesanto.Domain.Common;

/// <summary>
/// Counts attempts per key (an IP, an email, a device) in a sliding window, e.g. "3 password resets
/// per hour per IP". In memory: one server; limits reset on restart, which errs on the user's side.
/// </summary>
public sealed class AttemptLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _attempts = new();

    /// <summary>Records an attempt unless the key already used its allowance; false means refused.</summary>
    public bool TryAcquire(string key, int limit, TimeSpan window)
    {
        var queue = _attempts.GetOrAdd(key, _ => new());
        lock (queue)
        {
            Prune(queue, window);
            if (queue.Count >= limit) return false;
            queue.Enqueue(time.GetUtcNow());
            return true;
        }
    }

    public bool IsBlocked(string key, int limit, TimeSpan window)
    {
        if (!_attempts.TryGetValue(key, out var queue)) return false;
        lock (queue)
        {
            Prune(queue, window);
            return queue.Count >= limit;
        }
    }

    public void Record(string key) => TryAcquire(key, int.MaxValue, TimeSpan.MaxValue);

    public void Reset(string key) => _attempts.TryRemove(key, out _);

    private void Prune(Queue<DateTimeOffset> queue, TimeSpan window)
    {
        var now = time.GetUtcNow();
        while (queue.Count > 0 && window != TimeSpan.MaxValue && now - queue.Peek() >= window) queue.Dequeue();
    }
}
