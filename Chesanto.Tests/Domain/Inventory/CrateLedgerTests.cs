using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Inventory;

public sealed class CrateLedgerTests : IAsyncLifetime
{
    private readonly DomainHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CrateSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("production@chesanto.test", Role.ProductManager));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private CrateLedger Ledger => host.Get<CrateLedger>();

    private static CrateInput Dispatch(int n, string route = "Kisumu Road") => new(CrateMovementType.DispatchOut, n, "Morning load", route);

    private async Task<int> MovementCountAsync()
    {
        await using var db = await host.NewDbAsync();
        return await db.CrateMovements.CountAsync();
    }

    [Fact]
    public async Task A_fresh_database_holds_the_go_live_count_of_300_crates_in_store_once()
    {
        await host.Get<CrateSeeder>().SeedAsync();

        var totals = await Ledger.TotalsAsync();
        Assert.Equal((300, 0, 0, 0, 300), (totals.Store, totals.Out, totals.Damaged, totals.Lost, totals.Owned));
        Assert.Equal(1, await MovementCountAsync());
        Assert.Equal(CrateMovementType.Count, (await Ledger.HistoryAsync()).Single().Type);
    }

    [Fact]
    public async Task Crates_go_out_come_back_break_get_repaired_and_get_lost_and_every_total_is_a_sum_of_movements()
    {
        await Ledger.PostAsync(new CrateInput(CrateMovementType.Purchase, 20, "New crates from EAPI", ReferenceType: "Purchase", ReferenceId: "PUR-20261124-001"));
        await Ledger.PostAsync(Dispatch(40));
        await Ledger.PostAsync(Dispatch(25, "Kakamega"));
        await Ledger.PostAsync(new CrateInput(CrateMovementType.ReturnIn, 30, "Evening return", "kisumu road"));
        await Ledger.PostAsync(new CrateInput(CrateMovementType.Damage, 3, "Cracked on the truck", "Kakamega", CrateState.Route));
        await Ledger.PostAsync(new CrateInput(CrateMovementType.Damage, 2, "Dropped in the store"));
        await Ledger.PostAsync(new CrateInput(CrateMovementType.Repair, 1, "Handle fixed"));
        await Ledger.PostAsync(new CrateInput(CrateMovementType.Lost, 4, "Not returned by the shop", "Kisumu Road", CrateState.Route));

        var totals = await Ledger.TotalsAsync();
        Assert.Equal(320 - 65 + 30 - 2 + 1, totals.Store);
        Assert.Equal(new Dictionary<string, int> { ["Kakamega"] = 22, ["Kisumu Road"] = 6 }, totals.OutByRoute);
        Assert.Equal((4, 4, 316), (totals.Damaged, totals.Lost, totals.Owned));
        var latest = (await Ledger.HistoryAsync(1)).Single();
        Assert.Equal(("production@chesanto.test", new DateOnly(2026, 11, 24)), (latest.UserName, latest.BusinessDay));
    }

    [Fact]
    public async Task Dispatching_more_crates_than_the_store_holds_is_refused_at_the_quantity()
    {
        var before = await MovementCountAsync();

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Ledger.PostAsync(Dispatch(301)));

        Assert.Equal(nameof(CrateInput.Quantity), refusal.Field);
        Assert.Equal("The store holds 300 crates, not 301.", refusal.Message);
        Assert.Equal(before, await MovementCountAsync());
    }

    [Fact]
    public async Task Returning_more_than_a_route_has_out_is_refused_even_if_another_route_has_more()
    {
        await Ledger.PostAsync(Dispatch(10));
        await Ledger.PostAsync(Dispatch(50, "Kakamega"));

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            Ledger.PostAsync(new CrateInput(CrateMovementType.ReturnIn, 11, "Evening return", "Kisumu Road")));

        Assert.Equal("Kisumu Road has 10 crates out, not 11.", refusal.Message);
        Assert.Equal(240, (await Ledger.TotalsAsync()).Store);
    }

    [Theory]
    [InlineData(CrateMovementType.Repair, 1, "Only 0 crates are damaged, not 1.")]
    [InlineData(CrateMovementType.Purchase, 0, "Enter a number of crates above zero.")]
    [InlineData(CrateMovementType.DispatchOut, -5, "Enter a number of crates above zero.")]
    [InlineData(CrateMovementType.Count, -1, "A count cannot be below zero.")]
    public async Task Impossible_quantities_are_refused(CrateMovementType type, int quantity, string message)
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => Ledger.PostAsync(new CrateInput(type, quantity, "Why not", "Kisumu Road")));

        Assert.Equal((message, nameof(CrateInput.Quantity)), (refusal.Message, refusal.Field));
    }

    [Fact]
    public async Task A_dispatch_needs_a_route_and_every_movement_a_reason()
    {
        var noRoute = await Assert.ThrowsAsync<DomainException>(() => Ledger.PostAsync(Dispatch(5, " ")));
        var noReason = await Assert.ThrowsAsync<DomainException>(() => Ledger.PostAsync(new CrateInput(CrateMovementType.Purchase, 5, "")));

        Assert.Equal(nameof(CrateInput.Route), noRoute.Field);
        Assert.Equal(nameof(CrateInput.Reason), noReason.Field);
    }

    [Fact]
    public async Task A_count_sets_the_store_to_what_was_counted()
    {
        await Ledger.PostAsync(Dispatch(20));

        var shortCount = await Ledger.PostAsync(new CrateInput(CrateMovementType.Count, 272, "Month-end count: 8 missing"));
        Assert.Equal((CrateState.Store, (CrateState?)null, 8), (shortCount.From!.Value, shortCount.To, shortCount.Quantity));
        Assert.Equal(272, (await Ledger.TotalsAsync()).Store);

        await Ledger.PostAsync(new CrateInput(CrateMovementType.Count, 275, "Found 3 behind the oven"));
        var totals = await Ledger.TotalsAsync();
        Assert.Equal((275, 20), (totals.Store, totals.Out));
    }

    [Fact]
    public async Task A_mistake_is_reversed_once_by_a_new_movement_and_never_edited()
    {
        var dispatch = await Ledger.PostAsync(Dispatch(40));

        var reversal = await Ledger.ReverseAsync(dispatch.Id, "Wrong route");

        Assert.Equal((CrateState.Route, CrateState.Store, 40, dispatch.Id), (reversal.From!.Value, reversal.To!.Value, reversal.Quantity, reversal.ReversesMovementId!.Value));
        Assert.Equal(300, (await Ledger.TotalsAsync()).Store);
        Assert.Empty((await Ledger.TotalsAsync()).OutByRoute);
        Assert.Equal([dispatch.Id], await Ledger.ReversedIdsAsync());
        var twice = await Assert.ThrowsAsync<DomainException>(() => Ledger.ReverseAsync(dispatch.Id, "Again"));
        Assert.Equal("This movement has already been reversed.", twice.Message);
        await Assert.ThrowsAsync<DomainException>(() => Ledger.ReverseAsync(reversal.Id, "Undo the undo"));

        await using var db = await host.NewDbAsync();
        var row = await db.CrateMovements.SingleAsync(m => m.Id == dispatch.Id);
        db.Entry(row).Property(m => m.Quantity).CurrentValue = 1;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Reversing_a_dispatch_whose_crates_already_came_back_is_refused()
    {
        var dispatch = await Ledger.PostAsync(Dispatch(40));
        await Ledger.PostAsync(new CrateInput(CrateMovementType.ReturnIn, 40, "Evening return", "Kisumu Road"));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Ledger.ReverseAsync(dispatch.Id, "Wrong route"));

        Assert.Equal("Kisumu Road has 0 crates out, not 40.", refusal.Message);
    }

    [Fact]
    public async Task Two_clerks_dispatching_at_once_cannot_send_out_more_crates_than_the_store_holds()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            Try(() => host.Get<CrateLedger>().PostAsync(Dispatch(100, $"Route {i}")))));

        Assert.Equal(3, outcomes.Count(o => o is null));
        Assert.Single(outcomes, o => o is DomainException { Field: nameof(CrateInput.Quantity) });
        var totals = await Ledger.TotalsAsync();
        Assert.Equal((0, 300), (totals.Store, totals.Out));
    }

    [Fact]
    public async Task A_salesman_cannot_post_crates()
    {
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));

        await Assert.ThrowsAsync<PermissionDeniedException>(() => Ledger.PostAsync(Dispatch(1)));
    }

    [Fact]
    public async Task Posting_announces_the_new_totals()
    {
        var heard = new List<CratesChanged>();
        using var _ = ((IEventHub)host.Services.GetService(typeof(IEventHub))!).Subscribe<CratesChanged>(e => { heard.Add(e); return Task.CompletedTask; });

        await Ledger.PostAsync(Dispatch(12));

        Assert.Equal(288, Assert.Single(heard).Totals.Store);
    }

    private static async Task<Exception?> Try(Func<Task> post)
    {
        try { await post(); return null; }
        catch (Exception e) { return e; }
    }
}
