using Chesanto.Domain.Accounting;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;

namespace Chesanto.Web.Features.Books;

/// <summary>
/// Reloads a books page when anything its figures are built from changes (sales, production, stock, expenses, fuel,
/// payroll). A burst of events (a settlement, a received purchase) is read back once, shortly after it ends. The handler
/// returns at once: the hub awaits its subscribers, and a clerk's save must not wait for this page's queries.
/// </summary>
public sealed class BooksFeed : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private readonly List<IDisposable> _subscriptions = [];
    private readonly CancellationTokenSource _closing = new();
    private readonly Func<Task> _reload;
    private int _queued;

    public BooksFeed(IEventHub events, Func<Task> reload)
    {
        _reload = reload;
        _subscriptions.Add(events.Subscribe<SalesChanged>(_ => Queue()));
        _subscriptions.Add(events.Subscribe<BatchRecorded>(_ => Queue()));
        _subscriptions.Add(events.Subscribe<BatchChanged>(_ => Queue()));
        _subscriptions.Add(events.Subscribe<ProductionDayChanged>(_ => Queue()));
        _subscriptions.Add(events.Subscribe<StockChanged>(_ => Queue()));
        _subscriptions.Add(events.Subscribe<InventoryItemChanged>(_ => Queue()));
        _subscriptions.Add(events.Subscribe<ExpenseChanged>(_ => Queue()));
        _subscriptions.Add(events.Subscribe<FuelChanged>(_ => Queue()));
        _subscriptions.Add(events.Subscribe<PayrollChanged>(_ => Queue()));
    }

    private Task Queue()
    {
        if (Interlocked.Exchange(ref _queued, 1) == 0) _ = ReloadSoonAsync();
        return Task.CompletedTask;
    }

    private async Task ReloadSoonAsync()
    {
        try
        {
            await Task.Delay(Debounce, _closing.Token);
            Interlocked.Exchange(ref _queued, 0);
            await _reload();
        }
        catch (OperationCanceledException) { }
        catch (ObjectDisposedException) { }
    }

    public void Dispose()
    {
        _subscriptions.ForEach(s => s.Dispose());
        _closing.Cancel();
        _closing.Dispose();
    }
}
