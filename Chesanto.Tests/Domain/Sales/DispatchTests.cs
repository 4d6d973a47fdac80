using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Sales;

public sealed class DispatchTests : SalesFixture
{
    [Fact]
    public async Task A_dispatch_takes_goods_and_crates_out_priced_on_the_recipients_channel()
    {
        var dispatch = await Dispatches.DispatchAsync(new DispatchInput(matayos,
            [new(bread, Grade.Regular, 200), new(scones, Grade.Regular, 100), new(bread, Grade.Reject, 20)], 6));

        Assert.Equal(800, await AvailableAsync(bread));
        Assert.Equal(30, await AvailableAsync(bread, Grade.Reject));
        Assert.Equal(900, await AvailableAsync(scones));
        Assert.Equal(6, (await CratesAsync()).OutByRoute["Matayos Depot"]);
        var prices = dispatch.Lines.ToDictionary(l => (l.ProductId, l.Grade), l => l.UnitPrice);
        Assert.Equal(55m, prices[(bread, Grade.Regular)]);
        Assert.Equal(45m, prices[(scones, Grade.Regular)]);
        Assert.Equal(50m, prices[(bread, Grade.Reject)]);
        Assert.Equal(200 * 55m + 100 * 45m + 20 * 50m, dispatch.Value);
    }

    [Fact]
    public async Task Dispatching_more_than_the_store_holds_is_refused_and_nothing_moves()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Dispatches.DispatchAsync(new DispatchInput(mike, [new(kdf, Grade.Regular, 100), new(bread, Grade.Regular, 1_001)], 5)));

        Assert.Equal("Quantity", error.Field);
        Assert.Contains("Only 1,000 Bread", error.Message);
        Assert.Equal(1_000, await AvailableAsync(kdf));
        Assert.Empty((await CratesAsync()).OutByRoute);
        await using var db = await host.NewDbAsync();
        Assert.Equal(0, await db.Dispatches.CountAsync());
    }

    [Fact]
    public async Task More_crates_than_the_store_holds_are_refused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Dispatches.DispatchAsync(new DispatchInput(mike, [new(kdf, Grade.Regular, 10)], 301)));

        Assert.Contains("300 crates", error.Message);
        Assert.Equal(1_000, await AvailableAsync(kdf));
    }

    [Fact]
    public async Task A_product_without_a_price_on_the_channel_is_refused_naming_it()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Dispatches.DispatchAsync(new DispatchInput(matayos, [new(kdf, Grade.Regular, 10)], 0)));

        Assert.Equal("Lines", error.Field);
        Assert.Equal("KDF has no Distributor price on 24 Nov 2026; set one on the price board first.", error.Message);
    }

    [Theory]
    [InlineData(-1, 0, "Lines")]
    [InlineData(0, 0, "Lines")]
    [InlineData(5, -1, "Crates")]
    public async Task Bad_quantities_are_refused_at_their_field(int packets, int crates, string field)
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Dispatches.DispatchAsync(new DispatchInput(mike, [new(bread, Grade.Regular, packets)], crates)));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task Two_clerks_dispatching_the_last_loaves_at_once_cannot_both_succeed()
    {
        host.ActAs(accountant);
        await Goods.AdjustAsync(bread, Grade.Regular, FinishedGoodsMovementType.Adjustment, -990, "Leave the last ten");
        host.ActAs(dispatcher);

        var succeeded = await SucceededAtOnceAsync(6, i =>
            host.Get<DispatchService>().DispatchAsync(new DispatchInput(i % 2 == 0 ? mike : joel, [new(bread, Grade.Regular, 8)], 0)));

        Assert.Equal(1, succeeded);
        Assert.Equal(2, await AvailableAsync(bread));
        await using var db = await host.NewDbAsync();
        Assert.Equal(1, await db.Dispatches.CountAsync());
    }

    [Fact]
    public async Task A_top_up_is_a_second_dispatch_the_same_day_and_both_are_settled_together()
    {
        await DispatchMikeAsync();
        await Dispatches.DispatchAsync(new DispatchInput(mike, [new(bread, Grade.Regular, 60)], 2));

        var sheet = await Settlements.SheetAsync(mike, Today);

        Assert.Equal(300, sheet.Lines.Single(l => l.ProductId == bread).Dispatched);
        Assert.Equal(12, sheet.CratesOut);
    }

    [Fact]
    public async Task Editing_a_dispatch_posts_only_the_difference()
    {
        var dispatch = await DispatchMikeAsync(crates: 10);

        var edited = await Dispatches.EditAsync(dispatch.Id, new DispatchInput(mike, [new(bread, Grade.Regular, 200), new(scones, Grade.Regular, 50)], 7),
            dispatch.Version);

        Assert.Equal(800, await AvailableAsync(bread));
        Assert.Equal(1_000, await AvailableAsync(kdf));
        Assert.Equal(950, await AvailableAsync(scones));
        Assert.Equal(7, (await CratesAsync()).OutByRoute["Mike"]);
        Assert.Equal(2, edited.Lines.Count);
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Dispatches.EditAsync(dispatch.Id, new DispatchInput(mike, [new(bread, Grade.Regular, 1)], 0), dispatch.Version));
        Assert.NotNull(stale);
    }

    [Fact]
    public async Task Cancelling_a_dispatch_restores_the_goods_and_crates_and_keeps_the_record()
    {
        var dispatch = await DispatchMikeAsync(crates: 10);

        await Dispatches.CancelAsync(dispatch.Id, "Van broke down", dispatch.Version);

        Assert.Equal(1_000, await AvailableAsync(bread));
        Assert.Equal(300, (await CratesAsync()).Store);
        var kept = await Dispatches.GetAsync(dispatch.Id);
        Assert.Equal("Van broke down", kept.CancelReason);
        Assert.Empty((await Settlements.SheetAsync(mike, Today)).Lines);
    }

    [Fact]
    public async Task A_settled_day_refuses_new_dispatches_and_edits_until_the_settlement_is_reversed()
    {
        var dispatch = await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_715m));

        var topUp = await Assert.ThrowsAsync<DomainException>(() => Dispatches.DispatchAsync(new DispatchInput(mike, [new(bread, Grade.Regular, 5)], 0)));
        var edit = await Assert.ThrowsAsync<DomainException>(() =>
            Dispatches.EditAsync(dispatch.Id, new DispatchInput(mike, [new(bread, Grade.Regular, 5)], 0), dispatch.Version));

        Assert.Contains("already settled", topUp.Message);
        Assert.Contains("reverse the settlement", edit.Message);
    }

    [Fact]
    public async Task Yesterdays_dispatch_is_the_accountants_to_change()
    {
        var dispatch = await DispatchMikeAsync();
        host.Time.Advance(TimeSpan.FromDays(1));

        var clerk = await Assert.ThrowsAsync<DomainException>(() => Dispatches.CancelAsync(dispatch.Id, "Typo", dispatch.Version));
        host.ActAs(accountant);
        await Dispatches.CancelAsync(dispatch.Id, "Typo", dispatch.Version);

        Assert.Contains("only the accountant", clerk.Message);
        Assert.Equal(1_000, await AvailableAsync(bread));
    }

    [Fact]
    public async Task After_nine_in_the_evening_the_clerk_can_no_longer_dispatch()
    {
        host.Time.Advance(TimeSpan.FromHours(15)); // 06:30 + 15 h = 21:30 Nairobi

        var error = await Assert.ThrowsAsync<DomainException>(() => DispatchMikeAsync());

        Assert.Contains("closed", error.Message);
    }
}
