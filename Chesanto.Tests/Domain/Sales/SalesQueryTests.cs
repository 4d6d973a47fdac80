using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;

namespace Chesanto.Tests.Domain.Sales;

public sealed class SalesQueryTests : SalesFixture
{
    private SalesQueries Queries => host.Get<SalesQueries>();

    [Fact]
    public async Task The_board_shows_who_has_goods_out_and_who_has_settled()
    {
        await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_000m));
        await Dispatches.DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 100)], 3));

        var board = await Queries.BoardAsync();

        var rows = board.Rows.ToDictionary(r => r.Recipient);
        Assert.Equal(BoardStatus.Settled, rows["Mike"].Status);
        Assert.Equal(715m, rows["Mike"].Settlement!.Deficit);
        Assert.Equal(BoardStatus.Out, rows["Joel/Enos"].Status);
        Assert.Equal((100, 3, 6_000m), (rows["Joel/Enos"].OutByProduct[bread], rows["Joel/Enos"].CratesOut, rows["Joel/Enos"].Value));
        Assert.Equal(BoardStatus.NothingOut, rows["Matayos Depot"].Status);
        Assert.Equal(340, board.OutTotal(bread));
        Assert.Equal(1_000 - 340 + 127, board.InStore[bread]);
        Assert.Equal(1, board.NotSettled);
    }

    [Fact]
    public async Task The_board_lists_a_depots_earlier_days_still_unsettled()
    {
        var monday = Today;
        await Dispatches.DispatchAsync(new DispatchInput(matayos, [new(bread, Grade.Regular, 100)], 2));
        host.Time.Advance(TimeSpan.FromDays(1));

        var board = await Queries.BoardAsync();

        Assert.Equal([monday], board.Rows.Single(r => r.RecipientId == matayos).UnsettledEarlierDays);
    }

    [Fact]
    public async Task A_shortage_is_carried_in_the_running_account_across_days()
    {
        var day1 = Today;
        await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_000m));
        host.Time.Advance(TimeSpan.FromDays(1));
        await Dispatches.DispatchAsync(new DispatchInput(mike, [new(kdf, Grade.Regular, 10)], 0));

        var account = await Queries.AccountAsync(mike, day1.AddDays(1), Today);
        var whole = await Queries.AccountAsync(mike, day1, Today);

        Assert.Equal(715m, account.Opening);
        Assert.Equal(715m + 1_000m, account.Closing);
        Assert.Equal(whole.Closing, account.Closing);
        // Goods out 240 × 60 + 144 × 100 + 36 × 50 = 30,600; back 127 × 60 + 12 × 100 = 8,820; commission 2,065; banked 19,000.
        Assert.Equal([30_600m, 0m, 0m, 0m, 1_000m], whole.Entries.Select(e => e.Owed));
        Assert.Equal([0m, 8_820m, 2_065m, 19_000m, 0m], whole.Entries.Select(e => e.Paid));
    }

    [Fact]
    public async Task The_months_commission_statement_adds_up_the_settled_days()
    {
        await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_715m));
        host.Time.Advance(TimeSpan.FromDays(1));
        await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_700m, code: "QJK-DAY-2"));

        var statement = await Queries.CommissionAsync(mike, Today);
        var month = await Queries.MonthCommissionsAsync(Today);

        Assert.Equal(2, statement.Days.Count);
        Assert.Equal(4_130m, statement.Commission);
        Assert.Equal(43_560m, statement.Sales);
        Assert.Equal(15m, statement.Deficit);
        Assert.Equal(226, statement.Sold(bread));
        Assert.Equal("Mike", Assert.Single(month).Recipient);
    }

    [Fact]
    public async Task A_salesman_sees_only_his_own_dispatches_settlements_account_and_commission()
    {
        var mikesLogin = await host.CreateUserAsync("mike@chesanto.test", Role.Salesman);
        var joelsLogin = await host.CreateUserAsync("joel@chesanto.test", Role.Salesman);
        await using (var db = await host.NewDbAsync())
        {
            (await db.SalesRecipients.FindAsync(mike))!.UserId = mikesLogin.Id;
            (await db.SalesRecipients.FindAsync(joel))!.UserId = joelsLogin.Id;
            await db.SaveChangesAsync();
        }
        var mikes = await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_000m));
        var joels = await Dispatches.DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 100)], 3));

        host.ActAs(mikesLogin);
        Assert.Equal(mike, (await Queries.MineAsync())!.Id);
        Assert.Equal(mikes.Id, Assert.Single(await Queries.DispatchesAsync(mike, Today, Today)).Id);
        Assert.Equal(715m, Assert.Single(await Queries.SettlementsAsync(mike, Today, Today)).Deficit);
        Assert.Equal(715m, (await Queries.AccountAsync(mike, Today, Today)).Closing);
        Assert.Equal(2_065m, (await Queries.CommissionAsync(mike, Today)).Commission);
        Assert.Equal(mikes.Id, (await Dispatches.GetAsync(mikes.Id)).Id);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => Queries.DispatchesAsync(joel, Today, Today));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Queries.AccountAsync(joel, Today, Today));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Queries.CommissionAsync(joel, Today));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Queries.SettlementsAsync(joel, Today, Today));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Dispatches.GetAsync(joels.Id));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Settlements.SheetAsync(joel, Today));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Queries.BoardAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Queries.MonthCommissionsAsync(Today));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Dispatches.DispatchAsync(new DispatchInput(mike, [new(bread, Grade.Regular, 1)], 0)));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Settlements.SettleAsync(new SettlementInput(joel, Today, [], 0, [])));
    }

    [Fact]
    public async Task A_salesman_without_a_linked_route_sees_nothing()
    {
        host.ActAs(await host.CreateUserAsync("new@chesanto.test", Role.Salesman));

        Assert.Null(await Queries.MineAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Queries.AccountAsync(mike, Today, Today));
    }
}
