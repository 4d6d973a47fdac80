using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class WastageTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private int flour;
    private ApplicationUser productionManager = null!, ceo = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        productionManager = await host.CreateUserAsync("production@chesanto.test", Role.ProductManager);
        ceo = await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);
        host.ActAs(productionManager);
        flour = (await host.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private WastageService Wastage => host.Get<WastageService>();
    private Task<decimal> FlourInStoreAsync() => host.Get<StockLedger>().BalanceAsync(flour);

    private Task<WastageRecord> SpillFlourAsync(decimal kg) =>
        Wastage.RecordAsync(new WastageInput(flour, WastageReason.Spill, kg, "Bag split on the mixer"));

    private async Task<WastageRecord> BigFlourSpillAsync()
    {
        var record = await SpillFlourAsync(10m);
        host.ActAs(ceo);
        return record;
    }

    [Fact]
    public async Task A_small_flour_spill_is_approved_by_the_system_and_leaves_the_store_at_once()
    {
        var spill = await SpillFlourAsync(2m);

        Assert.Equal(146m, spill.Cost);
        Assert.Equal(WastageStatus.Approved, spill.Status);
        Assert.Equal("system", spill.DecidedByName);
        Assert.Equal(host.Time.GetUtcNow(), spill.DecidedAt);
        Assert.Equal(new DateOnly(2026, 11, 24), spill.BusinessDay);
        Assert.Equal(498m, await FlourInStoreAsync());
        var movement = (await host.Get<StockLedger>().HistoryAsync(flour)).First();
        Assert.Equal(spill.StockMovementId, movement.Id);
        Assert.Equal(StockMovementType.Wastage, movement.Type);
        Assert.Equal(-2m, movement.Quantity);
        Assert.Equal(0, await Wastage.CountPendingAsync());
    }

    [Fact]
    public async Task A_big_flour_spill_waits_for_the_CEO_and_moves_no_stock()
    {
        var spill = await SpillFlourAsync(10m);

        Assert.Equal(730m, spill.Cost);
        Assert.Equal(WastageStatus.Pending, spill.Status);
        Assert.Null(spill.StockMovementId);
        Assert.Null(spill.DecidedAt);
        Assert.Equal(500m, await FlourInStoreAsync());
        Assert.Equal(1, await Wastage.CountPendingAsync());
        Assert.Equal(spill.Id, (await Wastage.ListAsync(WastageStatus.Pending)).Single().Id);
    }

    [Fact]
    public async Task The_CEO_approves_the_big_spill_and_ten_kilos_of_flour_leave_the_store_at_that_moment()
    {
        var spill = await BigFlourSpillAsync();
        var heard = new List<WastageChanged>();
        using var _ = ((IEventHub)host.Services.GetService(typeof(IEventHub))!)
            .Subscribe<WastageChanged>(e => { heard.Add(e); return Task.CompletedTask; });
        host.Time.Advance(TimeSpan.FromHours(5.25));

        var approved = await Wastage.ApproveAsync(spill.Id, "Seen the torn bag");

        Assert.Equal(WastageStatus.Approved, approved.Status);
        Assert.Equal(host.Time.GetUtcNow(), approved.DecidedAt);
        Assert.Equal(ceo.Id, approved.DecidedById);
        Assert.Equal("Seen the torn bag", approved.DecisionNote);
        Assert.Equal(490m, await FlourInStoreAsync());
        var movement = (await host.Get<StockLedger>().HistoryAsync(flour)).First();
        Assert.Equal(approved.StockMovementId, movement.Id);
        Assert.Equal(-10m, movement.Quantity);
        Assert.Equal(ceo.Email, movement.UserName);
        Assert.Equal(0, await Wastage.CountPendingAsync());
        Assert.Equal([new WastageChanged(spill.Id, WastageStatus.Approved)], heard);
    }

    [Fact]
    public async Task Rejecting_a_big_spill_needs_a_reason_and_leaves_the_flour_where_it_is()
    {
        var spill = await BigFlourSpillAsync();

        var silent = await Assert.ThrowsAsync<DomainException>(() => Wastage.RejectAsync(spill.Id, " "));
        Assert.Equal(nameof(WastageRecord.DecisionNote), silent.Field);
        var rejected = await Wastage.RejectAsync(spill.Id, "The bags were counted full this morning");

        Assert.Equal(WastageStatus.Rejected, rejected.Status);
        Assert.NotNull(rejected.DecidedAt);
        Assert.Null(rejected.StockMovementId);
        Assert.Equal(500m, await FlourInStoreAsync());
        Assert.Equal(WastageStatus.Rejected, (await Wastage.ListAsync()).Single().Status);
    }

    [Fact]
    public async Task A_spill_is_decided_once()
    {
        var spill = await BigFlourSpillAsync();
        await Wastage.ApproveAsync(spill.Id);

        await Assert.ThrowsAsync<DomainException>(() => Wastage.ApproveAsync(spill.Id));
        await Assert.ThrowsAsync<DomainException>(() => Wastage.RejectAsync(spill.Id, "Changed my mind"));
        var small = await SpillFlourAsync(1m);
        await Assert.ThrowsAsync<DomainException>(() => Wastage.RejectAsync(small.Id, "Too late"));
        Assert.Equal(489m, await FlourInStoreAsync());
    }

    [Fact]
    public async Task Only_the_CEO_approves_and_a_sales_rep_cannot_record_wastage()
    {
        var spill = await SpillFlourAsync(10m);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => Wastage.ApproveAsync(spill.Id));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Wastage.RejectAsync(spill.Id, "No"));
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => SpillFlourAsync(1m));
        host.ActAs(productionManager);
        Assert.Equal(500m, await FlourInStoreAsync());
    }

    [Fact]
    public async Task Wasting_more_flour_than_the_store_holds_is_refused_with_the_ledgers_message()
    {
        await host.Get<StockLedger>().PostAsync(flour, StockMovementType.ProductionUse, -495m, "Eleven bread mixes and more");

        var small = await Assert.ThrowsAsync<DomainException>(() => SpillFlourAsync(6m));
        var big = await Assert.ThrowsAsync<DomainException>(() => SpillFlourAsync(10m));

        Assert.Equal("Need 6.000 kg Wheat Flour, 5.000 kg available.", small.Message);
        Assert.Equal("Need 10.000 kg Wheat Flour, 5.000 kg available.", big.Message);
        Assert.Empty(await Wastage.ListAsync());
        Assert.Equal(5m, await FlourInStoreAsync());
    }

    [Fact]
    public async Task Approving_a_spill_after_the_flour_was_used_up_is_refused_and_it_stays_pending()
    {
        var spill = await BigFlourSpillAsync();
        await host.Get<StockLedger>().PostAsync(flour, StockMovementType.ProductionUse, -495m, "Eleven bread mixes and more");

        var refused = await Assert.ThrowsAsync<DomainException>(() => Wastage.ApproveAsync(spill.Id));

        Assert.Equal("Need 10.000 kg Wheat Flour, 5.000 kg available.", refused.Message);
        Assert.Equal(WastageStatus.Pending, (await Wastage.ListAsync()).Single().Status);
        Assert.Equal(5m, await FlourInStoreAsync());
    }

    [Fact]
    public async Task A_spill_needs_a_description_and_a_positive_quantity()
    {
        var blank = await Assert.ThrowsAsync<DomainException>(() => Wastage.RecordAsync(new WastageInput(flour, WastageReason.Spill, 2m, "")));
        var none = await Assert.ThrowsAsync<DomainException>(() => SpillFlourAsync(0m));

        Assert.Equal(nameof(WastageRecord.Description), blank.Field);
        Assert.Equal(nameof(WastageRecord.Quantity), none.Field);
    }
}
