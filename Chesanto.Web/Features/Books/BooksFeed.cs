using Chesanto.Domain.Accounting;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;

namespace Chesanto.Web.Features.Books;

/// <summary>
/// Calls back when anything the books are built from changes (sales, production, stock, expenses, fuel, payroll).
/// A burst of events (a settlement posts several) costs one reload: events arriving while one runs set a flag and
/// the reload runs once more after it.
/// </summary>
public sealed class BooksFeed : IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Func<Task> _reload;
    private int _state; // 0 idle, 1 reloading, 2 reloading and dirty

    public BooksFeed(IEventHub events, Func<Task> reload)
    {
        _reload = reload;
        _subscriptions.Add(events.Subscribe<SalesChanged>(_ => ChangedAsync()));
        _subscriptions.Add(events.Subscribe<BatchRecorded>(_ => ChangedAsync()));
        _subscriptions.Add(events.Subscribe<BatchChanged>(_ => ChangedAsync()));
        _subscriptions.Add(events.Subscribe<StockChanged>(_ => ChangedAsync()));
        _subscriptions.Add(events.Subscribe<ExpenseChanged>(_ => ChangedAsync()));
        _subscriptions.Add(events.Subscribe<FuelChanged>(_ => ChangedAsync()));
        _subscriptions.Add(events.Subscribe<PayrollChanged>(_ => ChangedAsync()));
    }

    private async Task ChangedAsync()
    {
        if (Interlocked.Increment(ref _state) > 1) { Interlocked.Exchange(ref _state, 2); return; }
        do
        {
            Interlocked.Exchange(ref _state, 1);
            await _reload();
        }
        while (Interlocked.CompareExchange(ref _state, 0, 1) != 1);
    }

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
}
