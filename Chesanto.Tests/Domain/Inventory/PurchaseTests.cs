using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class PurchaseTests : IAsyncLifetime
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private readonly DomainHost host = new();
    private int flour, sugar, pembe;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        await host.Get<SupplierSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        var items = await host.Get<CatalogService>().ListItemsAsync();
        flour = items.Single(i => i.Name == "Wheat Flour").Id;
        sugar = items.Single(i => i.Name == "Sugar").Id;
        pembe = (await Purchases.ListSuppliersAsync()).Single(s => s.Name == "Pembe Flour Mills Ltd").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private PurchaseService Purchases => host.Get<PurchaseService>();

    private PurchaseInput FlourOrder(decimal bags = 100m, decimal price = 3_700m, DateOnly? date = null, DateOnly? delivery = null) =>
        new(pembe, date ?? Tuesday, delivery ?? Tuesday.AddDays(2), "Weekly flour", [new PurchaseLineInput(flour, bags, price)]);

    private async Task<Purchase> OrderedFlourAsync()
    {
        var draft = await Purchases.CreateDraftAsync(FlourOrder());
        return await Purchases.OrderAsync(draft.Id, draft.Version);
    }

    [Fact]
    public async Task The_eight_suppliers_are_seeded_once()
    {
        await host.Get<SupplierSeeder>().SeedAsync();
        var suppliers = await Purchases.ListSuppliersAsync();
        Assert.Equal(8, suppliers.Count);
        Assert.Equal("Net 30 days", suppliers.Single(s => s.Id == pembe).PaymentTerms);
    }

    [Fact]
    public async Task Flour_orders_are_numbered_by_the_Nairobi_day_they_are_created_and_the_days_sequence()
    {
        var first = await Purchases.CreateDraftAsync(FlourOrder());
        var second = await Purchases.CreateDraftAsync(FlourOrder(bags: 20m));
        host.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await Purchases.CreateDraftAsync(FlourOrder(date: Tuesday));

        Assert.Equal("PUR-20261124-001", first.Number);
        Assert.Equal("PUR-20261124-002", second.Number);
        Assert.Equal("PUR-20261125-001", nextDay.Number);
        Assert.Equal(PurchaseStatus.Draft, first.Status);
        Assert.Equal(370_000m, (await Purchases.GetAsync(first.Id)).Total);
    }

    [Fact]
    public async Task Two_clerks_saving_flour_orders_at_once_get_two_consecutive_numbers()
    {
        var saves = Enumerable.Range(0, 2).Select(_ => Task.Run(() => host.Get<PurchaseService>().CreateDraftAsync(FlourOrder())));
        var numbers = (await Task.WhenAll(saves)).Select(p => p.Number).Order().ToArray();

        Assert.Equal(["PUR-20261124-001", "PUR-20261124-002"], numbers);
    }

    [Fact]
    public async Task Dates_outside_the_fraud_guards_are_refused_at_their_fields()
    {
        var tomorrow = await Assert.ThrowsAsync<DomainException>(() => Purchases.CreateDraftAsync(FlourOrder(date: Tuesday.AddDays(1), delivery: Tuesday.AddDays(2))));
        var tooOld = await Assert.ThrowsAsync<DomainException>(() => Purchases.CreateDraftAsync(FlourOrder(date: Tuesday.AddDays(-91))));
        var deliveredBefore = await Assert.ThrowsAsync<DomainException>(() => Purchases.CreateDraftAsync(FlourOrder(date: Tuesday.AddDays(-5), delivery: Tuesday.AddDays(-6))));
        var tooFar = await Assert.ThrowsAsync<DomainException>(() => Purchases.CreateDraftAsync(FlourOrder(delivery: Tuesday.AddDays(181))));

        Assert.Equal(nameof(Purchase.PurchaseDate), tomorrow.Field);
        Assert.Equal(nameof(Purchase.PurchaseDate), tooOld.Field);
        Assert.Equal(nameof(Purchase.ExpectedDelivery), deliveredBefore.Field);
        Assert.Equal(nameof(Purchase.ExpectedDelivery), tooFar.Field);
        // The edges are allowed.
        await Purchases.CreateDraftAsync(FlourOrder(date: Tuesday.AddDays(-90), delivery: Tuesday.AddDays(180)));
    }

    [Fact]
    public async Task A_draft_without_lines_or_with_flour_twice_is_refused()
    {
        var empty = await Assert.ThrowsAsync<DomainException>(() => Purchases.CreateDraftAsync(FlourOrder() with { Lines = [] }));
        var twice = await Assert.ThrowsAsync<DomainException>(() => Purchases.CreateDraftAsync(FlourOrder() with
            { Lines = [new PurchaseLineInput(flour, 10m, 3_700m), new PurchaseLineInput(flour, 5m, 3_650m)] }));

        Assert.Equal(nameof(Purchase.Lines), empty.Field);
        Assert.Equal(nameof(Purchase.Lines), twice.Field);
        Assert.Empty(await Purchases.ListAsync());
    }

    [Fact]
    public async Task Only_a_draft_can_be_edited()
    {
        var draft = await Purchases.CreateDraftAsync(FlourOrder());
        var edited = await Purchases.UpdateDraftAsync(draft.Id, draft.Version, FlourOrder(bags: 80m) with
            { Lines = [new PurchaseLineInput(flour, 80m, 3_700m), new PurchaseLineInput(sugar, 50m, 144m)] });
        Assert.Equal(296_000m + 7_200m, (await Purchases.GetAsync(draft.Id)).Total);

        var ordered = await Purchases.OrderAsync(edited.Id, edited.Version);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Purchases.UpdateDraftAsync(ordered.Id, ordered.Version, FlourOrder()));

        Assert.Equal(nameof(Purchase.Status), refused.Field);
        Assert.Equal(2, (await Purchases.GetAsync(draft.Id)).Lines.Count);
    }

    [Fact]
    public async Task A_stale_version_is_refused()
    {
        var draft = await Purchases.CreateDraftAsync(FlourOrder());
        await Purchases.UpdateDraftAsync(draft.Id, draft.Version, FlourOrder(bags: 90m));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Purchases.OrderAsync(draft.Id, draft.Version));
    }

    [Fact]
    public async Task Receiving_100_bags_of_flour_takes_the_store_from_500_to_5500_kg_and_sets_its_price()
    {
        var ledger = host.Get<StockLedger>();
        Assert.Equal(500m, await ledger.BalanceAsync(flour));
        var ordered = await OrderedFlourAsync();

        var received = await Purchases.ReceiveAsync(ordered.Id, ordered.Version);

        Assert.Equal(PurchaseStatus.Received, received.Status);
        Assert.Equal(Tuesday, received.ReceivedOn);
        Assert.Equal(5_500m, await ledger.BalanceAsync(flour));
        var item = (await host.Get<CatalogService>().ListItemsAsync()).Single(i => i.Id == flour);
        Assert.Equal(3_700m, item.CostPerPurchaseUnit);
        Assert.Equal(74m, item.CostPerRecipeUnit);
        var movement = (await ledger.HistoryAsync(flour, 1)).Single();
        Assert.Equal(StockMovementType.Purchase, movement.Type);
        Assert.Equal(5_000m, movement.Quantity);
        Assert.Equal(("Purchase", "PUR-20261124-001"), (movement.ReferenceType, movement.ReferenceId));
    }

    [Fact]
    public async Task Receiving_the_same_flour_twice_is_refused()
    {
        var ordered = await OrderedFlourAsync();
        var received = await Purchases.ReceiveAsync(ordered.Id, ordered.Version);

        var again = await Assert.ThrowsAsync<DomainException>(() => Purchases.ReceiveAsync(received.Id, received.Version));

        Assert.Equal("Purchase PUR-20261124-001 has already been received.", again.Message);
        Assert.Equal(5_500m, await host.Get<StockLedger>().BalanceAsync(flour));
    }

    [Fact]
    public async Task A_draft_cannot_be_received_before_it_is_ordered()
    {
        var draft = await Purchases.CreateDraftAsync(FlourOrder());

        var refused = await Assert.ThrowsAsync<DomainException>(() => Purchases.ReceiveAsync(draft.Id, draft.Version));

        Assert.Equal(nameof(Purchase.Status), refused.Field);
        Assert.Equal(500m, await host.Get<StockLedger>().BalanceAsync(flour));
    }

    [Fact]
    public async Task Cancelling_received_flour_is_refused_but_an_ordered_purchase_can_be_cancelled()
    {
        var ordered = await OrderedFlourAsync();
        var received = await Purchases.ReceiveAsync(ordered.Id, ordered.Version);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Purchases.CancelAsync(received.Id, received.Version));
        Assert.Equal(nameof(Purchase.Status), refused.Field);

        var another = await OrderedFlourAsync();
        var cancelled = await Purchases.CancelAsync(another.Id, another.Version);
        Assert.Equal(PurchaseStatus.Cancelled, cancelled.Status);
        await Assert.ThrowsAsync<DomainException>(() => Purchases.ReceiveAsync(cancelled.Id, cancelled.Version));
    }

    [Fact]
    public async Task A_salesman_cannot_create_purchases_but_a_department_head_can_list_them()
    {
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Purchases.CreateDraftAsync(FlourOrder()));

        host.ActAs(await host.CreateUserAsync("head@chesanto.test", Role.DeptHead));
        Assert.Empty(await Purchases.ListAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Purchases.CreateDraftAsync(FlourOrder()));
    }

    [Fact]
    public async Task A_storekeeper_drafts_but_only_the_accountant_orders_and_ordering_stamps_the_approval()
    {
        host.ActAs(await host.CreateUserAsync("store@chesanto.test", Role.ProductManager));
        var draft = await Purchases.CreateDraftAsync(FlourOrder());
        draft = await Purchases.UpdateDraftAsync(draft.Id, draft.Version, FlourOrder(bags: 50m));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Purchases.OrderAsync(draft.Id, draft.Version));
        Assert.Null((await Purchases.GetAsync(draft.Id)).ApprovedAt);

        host.ActAs(await host.CreateUserAsync("ceo-accountant@chesanto.test", Role.Admin));
        await Purchases.OrderAsync(draft.Id, draft.Version);

        var ordered = await Purchases.GetAsync(draft.Id);
        Assert.Equal((PurchaseStatus.Ordered, "ceo-accountant@chesanto.test"), (ordered.Status, ordered.ApprovedByName));
        Assert.Equal(host.Time.GetUtcNow(), ordered.ApprovedAt);
    }

    [Fact]
    public async Task A_supplier_phone_is_stored_in_international_form()
    {
        var saved = await Purchases.SaveSupplierAsync(new Supplier { Name = "Kitui Eggs Co-op", Phone = "0712 345 678" });
        var bad = await Assert.ThrowsAsync<DomainException>(() => Purchases.SaveSupplierAsync(new Supplier { Name = "Nyeri Milk", Phone = "12" }));
        var duplicate = await Assert.ThrowsAsync<DomainException>(() => Purchases.SaveSupplierAsync(new Supplier { Name = "Bidco Africa Ltd" }));

        Assert.Equal("+254712345678", saved.Phone);
        Assert.Equal(nameof(Supplier.Phone), bad.Field);
        Assert.Equal(nameof(Supplier.Name), duplicate.Field);
    }
}
