using System.Collections.Concurrent;

namespace Chesanto.Domain.Common;

/// <summary>Something that happened in the business, published after its transaction committed.</summary>
public interface IDomainEvent;

/// <summary>
/// Fans domain events out to live subscribers (open pages). The in-process hub serves one server;
/// a backplane (Redis, Azure SignalR) can implement the same interface for several.
/// </summary>
public interface IEventHub
{
    Task PublishAsync<TEvent>(TEvent evt) where TEvent : IDomainEvent;
    IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : IDomainEvent;
}

public sealed class InProcessEventHub : IEventHub
{
    private readonly ConcurrentDictionary<Type, ConcurrentDictionary<Guid, Func<IDomainEvent, Task>>> _handlers = new();

    public async Task PublishAsync<TEvent>(TEvent evt) where TEvent : IDomainEvent
    {
        if (!_handlers.TryGetValue(typeof(TEvent), out var handlers)) return;
        foreach (var handler in handlers.Values)
        {
            // One broken subscriber (a closed page) must not stop the others or the publisher.
            try { await handler(evt); } catch (Exception) { }
        }
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : IDomainEvent
    {
        var id = Guid.NewGuid();
        var handlers = _handlers.GetOrAdd(typeof(TEvent), _ => new());
        handlers[id] = e => handler((TEvent)e);
        return new Subscription(() => handlers.TryRemove(id, out _));
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;
        public void Dispose() { if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose(); }
    }
}
