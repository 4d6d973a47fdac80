using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;

namespace Chesanto.Benchmarks;

/// <summary>Receiving a 20-line purchase: one transaction that posts 20 ledger movements and updates 20 item prices.</summary>
public static class ReceivePurchase
{
    public static async Task RunAsync(int runs)
    {
        await using var host = await BenchHost.StartAsync();
        var purchases = host.Get<PurchaseService>();
        var items = (await host.Get<CatalogService>().ListItemsAsync()).Take(20).ToList();
        var supplier = (await purchases.ListSuppliersAsync())[0];
        var today = host.Get<BusinessClock>().Today;
        var lines = items.Select(i => new PurchaseLineInput(i.Id, 2m, i.CostPerPurchaseUnit)).ToList();
        Purchase ordered = default!;
        await Measurement.RunAsync($"receive a {lines.Count}-line purchase", runs,
            prepare: async _ =>
            {
                var draft = await purchases.CreateDraftAsync(new PurchaseInput(supplier.Id, today, null, "benchmark", lines));
                ordered = await purchases.OrderAsync(draft.Id, draft.Version);
            },
            operation: _ => purchases.ReceiveAsync(ordered.Id, ordered.Version));
    }
}
