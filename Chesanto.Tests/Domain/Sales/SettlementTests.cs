using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Sales;

public sealed class SettlementTests : SalesFixture
{
    [Fact]
    public async Task Mikes_first_of_September_settles_to_the_workbook_figures()
    {
        await DispatchMikeAsync();

        var settlement = await Settlements.SettleAsync(MikeSettles(banked: 19_715m));

        Assert.Equal(21_780m, settlement.SalesValue);
        Assert.Equal(2_065m, settlement.Commission);
        Assert.Equal(19_715m, settlement.ExpectedBanking);
        Assert.Equal(19_715m, settlement.Banked);
        Assert.Equal(0m, settlement.Deficit);
        var lines = settlement.Lines.ToDictionary(l => l.ProductId);
        Assert.Equal((113, 6_780m, 565m), (lines[bread].Sold, lines[bread].SalesValue, lines[bread].Commission));
        Assert.Equal((132, 13_200m, 1_320m), (lines[kdf].Sold, lines[kdf].SalesValue, lines[kdf].Commission));
        Assert.Equal((36, 1_800m, 180m), (lines[scones].Sold, lines[scones].SalesValue, lines[scones].Commission));
        Assert.Equal(10m, lines[kdf].CommissionPerUnit);
    }

    [Fact]
    public async Task Returns_go_back_to_the_store_and_crates_back_to_it()
    {
        await DispatchMikeAsync(crates: 12);
        Assert.Equal(760, await AvailableAsync(bread));
        Assert.Equal(12, (await CratesAsync()).OutByRoute["Mike"]);

        var settlement = await Settlements.SettleAsync(MikeSettles(19_715m, cratesBack: 9));

        Assert.Equal(887, await AvailableAsync(bread));
        Assert.Equal(868, await AvailableAsync(kdf));
        Assert.Equal(964, await AvailableAsync(scones));
        Assert.Equal(3, (await CratesAsync()).OutByRoute["Mike"]);
        Assert.Equal(3, settlement.CrateShortfall);
    }

    [Fact]
    public async Task Banking_less_than_expected_leaves_a_deficit()
    {
        await DispatchMikeAsync();

        var settlement = await Settlements.SettleAsync(MikeSettles(banked: 19_000m));

        Assert.Equal(715m, settlement.Deficit);
    }

    [Fact]
    public async Task A_salaried_salesman_earns_seven_percent_of_his_days_banking_over_target()
    {
        // 05.09: Joel/Enos's Sales and Distributor rows expected 35,970 + 3,300 = 39,270, 4,270 over 35,000.
        await Dispatches.DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 400), new(kdf, Grade.Regular, 120)], 8));
        await Dispatches.DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 60)], 1, PriceChannel.Distributor));

        var settlement = await Settlements.SettleAsync(new SettlementInput(joel, Today,
            [new(bread, Grade.Regular, PriceChannel.Sales, 0), new(kdf, Grade.Regular, PriceChannel.Sales, 0)], 9,
            [new(BankingMethod.Cash, 39_270m, "RCPT-0905")]));

        // 400 × 60 + 120 × 100 = 36,000 on Sales, 60 × 55 = 3,300 on Distributor: 39,300 over 35,000 is 4,300 × 7 %.
        Assert.Equal(39_300m, settlement.ExpectedBanking);
        Assert.Equal(301m, settlement.Bonus);
        Assert.Equal(0m, settlement.Commission);
        Assert.Equal(2, settlement.Lines.Count(l => l.ProductId == bread));
    }

    [Fact]
    public void The_bonus_on_the_workbooks_fifth_of_September_is_298_90()
    {
        var plan = new CommissionPlan { DailyTarget = 35_000m, BonusPercent = 7m };

        Assert.Equal(298.90m, plan.BonusOn(35_970m + 3_300m));
        Assert.Equal(0m, plan.BonusOn(34_999m));
        Assert.Equal(0m, new CommissionPlan { BonusPercent = 7m }.BonusOn(50_000m));
    }

    [Fact]
    public async Task Damaged_returns_are_written_off_as_product_damage_unless_charged()
    {
        await DispatchMikeAsync();

        var written = await Settlements.PreviewAsync(MikeSettles(0m) with { Returns = [new(bread, Grade.Regular, PriceChannel.Sales, 100, 27)] });
        var charged = await Settlements.PreviewAsync(MikeSettles(0m) with { Returns = [new(bread, Grade.Regular, PriceChannel.Sales, 100, 27)], ChargeDamaged = true });
        await Settlements.SettleAsync(MikeSettles(0m) with { Returns = [new(bread, Grade.Regular, PriceChannel.Sales, 100, 27)] });

        Assert.Equal(written.ExpectedBanking + 27 * 60m, charged.ExpectedBanking);
        Assert.Equal(860, await AvailableAsync(bread));
        await using var db = await host.NewDbAsync();
        var damage = await db.FinishedGoodsMovements.SingleAsync(m => m.Type == FinishedGoodsMovementType.Damage);
        Assert.Equal(-27, damage.Quantity);
    }

    [Fact]
    public async Task Returning_more_than_went_out_is_refused_at_the_field_and_nothing_is_written()
    {
        await DispatchMikeAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Settlements.SettleAsync(MikeSettles(19_715m) with { Returns = [new(bread, Grade.Regular, PriceChannel.Sales, 241)] }));

        Assert.Equal("Returns", error.Field);
        Assert.Contains("240", error.Message);
        await AssertNothingSettledAsync();
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    public async Task A_banking_of_zero_or_less_is_refused(int amount)
    {
        await DispatchMikeAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => Settlements.SettleAsync(MikeSettles(19_715m) with
        {
            Bankings = [new(BankingMethod.Mpesa, amount, "QX1")],
        }));

        Assert.Equal("Bankings", error.Field);
        await AssertNothingSettledAsync();
    }

    [Fact]
    public async Task An_mpesa_code_already_banked_is_refused_naming_where()
    {
        await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_715m, code: "QJK1A2B3C4"));
        await Dispatches.DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 10)], 0));

        var error = await Assert.ThrowsAsync<DomainException>(() => Settlements.SettleAsync(new SettlementInput(joel, Today, [], 0,
            [new(BankingMethod.Mpesa, 600m, " qjk1a2b3c4 ")])));

        Assert.Equal("Bankings", error.Field);
        Assert.Contains("QJK1A2B3C4 was already banked (Mike", error.Message);
    }

    [Fact]
    public async Task A_day_is_settled_once_and_reversing_it_frees_the_day_the_codes_and_the_goods()
    {
        await DispatchMikeAsync();
        var first = await Settlements.SettleAsync(MikeSettles(19_000m));

        var twice = await Assert.ThrowsAsync<DomainException>(() => Settlements.SettleAsync(MikeSettles(19_715m, code: "OTHER")));
        Assert.Contains("already settled", twice.Message);
        var clerkReverses = await Assert.ThrowsAsync<PermissionDeniedException>(() => Settlements.ReverseAsync(first.Id, "Wrong amount", first.Version));
        Assert.Equal(Chesanto.Domain.Accounts.Permissions.EditPastSales, clerkReverses.Permission);

        host.ActAs(accountant);
        await Settlements.ReverseAsync(first.Id, "M-Pesa amount typed wrong", first.Version);
        Assert.Equal(760, await AvailableAsync(bread));
        Assert.Equal(10, (await CratesAsync()).OutByRoute["Mike"]);
        var again = await Settlements.SettleAsync(MikeSettles(19_715m));

        Assert.Equal(0m, again.Deficit);
        Assert.Equal(887, await AvailableAsync(bread));
    }

    [Fact]
    public async Task Two_clerks_settling_the_same_day_at_once_record_one_settlement_and_one_return()
    {
        await DispatchMikeAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            try { await host.Get<SettlementService>().SettleAsync(MikeSettles(19_715m, code: $"QPAR{i}")); return true; }
            catch (DomainException) { return false; }
        })));

        Assert.Equal(1, attempts.Count(ok => ok));
        Assert.Equal(887, await AvailableAsync(bread));
        await using var db = await host.NewDbAsync();
        Assert.Equal(1, await db.Settlements.CountAsync());
    }

    [Fact]
    public async Task A_depot_settles_days_later_against_its_dispatch_day_and_its_returns_feed_the_arrival_day()
    {
        var dispatchDay = Today;
        await Dispatches.DispatchAsync(new DispatchInput(matayos, [new(bread, Grade.Regular, 200), new(scones, Grade.Regular, 100)], 6));
        host.Time.Advance(TimeSpan.FromDays(2));

        var settlement = await Settlements.SettleAsync(new SettlementInput(matayos, dispatchDay,
            [new(bread, Grade.Regular, PriceChannel.Distributor, 20)], 6, [new(BankingMethod.Bank, 10_000m, "EQB-4471")]));

        Assert.Equal(dispatchDay, settlement.SalesDay);
        Assert.Equal(Today, settlement.ArrivedOn);
        // 180 × 55 + 100 × 45 = 14,400; commission 180 × 5 + 100 × 5 = 1,400.
        Assert.Equal(13_000m, settlement.ExpectedBanking);
        Assert.Equal(3_000m, settlement.Deficit);
        await using var db = await host.NewDbAsync();
        var back = await db.FinishedGoodsMovements.SingleAsync(m => m.Type == FinishedGoodsMovementType.Return);
        Assert.Equal((Today, 20), (back.BusinessDay, back.Quantity));
    }

    [Fact]
    public async Task A_day_cannot_be_settled_before_it_happens()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Settlements.SettleAsync(new SettlementInput(mike, Today.AddDays(1), [], 0, [])));

        Assert.Equal("SalesDay", error.Field);
    }

    private async Task AssertNothingSettledAsync()
    {
        await using var db = await host.NewDbAsync();
        Assert.Equal(0, await db.Settlements.CountAsync());
        Assert.Equal(0, await db.FinishedGoodsMovements.CountAsync(m => m.Type == FinishedGoodsMovementType.Return));
        Assert.Equal(760, await AvailableAsync(bread));
    }
}
