using Chesanto.Domain.Common;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Production;

public sealed class ClosingTests : ProductionFixture
{
    private DateOnly Today => host.Get<BusinessClock>().Today;

    [Fact]
    public async Task Closing_twice_changes_nothing_the_second_time_and_locks_the_day()
    {
        var batch = await Production.RecordBatchAsync(new BatchInput(breadMix, 132));
        host.ActAs(accountant);
        await Production.AddIndirectCostAsync(new IndirectCostInput(IndirectCostType.Diesel, 1_500m, "10 L diesel"));

        var first = await Closing.CloseDayAsync();
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await Closing.CloseDayAsync();

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.GeneratedAt, second.GeneratedAt);
        Assert.Equal(1, first.BatchCount);
        Assert.Equal(1_500m, first.IndirectCost);
        Assert.Equal(132 * 60m, first.ExpectedRevenue);
        Assert.Equal(132, first.ClosingStock.Single(s => s.ProductId == bread && s.Grade == Grade.Regular).Computed);
        Assert.True(first.InventoryValue > 0);
        Assert.Contains(first.Inventory, i => i.Item == "Wheat Flour" && i.Quantity == 464m && i.Value == 464m * 73m);
        var day = await Production.DayAsync();
        Assert.True(day.IsClosed);
        Assert.Equal(accountant.Email, day.ClosedByName);
        Assert.All(day.Batches, b => Assert.True(b.IsFinalized));

        var edit = await Assert.ThrowsAsync<DomainException>(() => Production.EditBatchAsync(batch.Id, new BatchEdit(130)));
        Assert.Equal("Day", edit.Field);
        host.ActAs(manager);
        var add = await Assert.ThrowsAsync<DomainException>(() => Production.RecordBatchAsync(new BatchInput(kdfMix, 105)));
        Assert.Contains("closed", add.Message);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Closing.ReopenDayAsync(Today, "Typo"));
    }

    [Fact]
    public async Task The_system_actor_closes_a_day_with_nothing_in_it()
    {
        host.CurrentUser.Actor = Actor.System;

        var report = await Closing.CloseDayAsync();

        Assert.Equal(0, report.BatchCount);
        Assert.Equal("system", report.GeneratedByName);
        Assert.True((await Production.DayAsync()).IsClosed);
        Assert.Equal(report.Id, (await Closing.CloseDayAsync()).Id);
    }

    [Fact]
    public async Task A_count_more_than_5_percent_off_is_flagged_and_the_books_follow_the_count()
    {
        await Production.RecordBatchAsync(new BatchInput(breadMix, 132));
        await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        await Production.RecordFinishedCountAsync(bread, Grade.Regular, 120);
        await Production.RecordFinishedCountAsync(kdf, Grade.Regular, 103);
        host.ActAs(accountant);

        var report = await Closing.CloseDayAsync();

        var breadLine = report.ClosingStock.Single(s => s.ProductId == bread && s.Grade == Grade.Regular);
        Assert.Equal((132, 120, 9.09m, true), (breadLine.Computed, breadLine.Counted!.Value, breadLine.VariancePercent!.Value, breadLine.HasVariance));
        var kdfLine = report.ClosingStock.Single(s => s.ProductId == kdf);
        Assert.Equal((105, 103, 1.90m, false), (kdfLine.Computed, kdfLine.Counted!.Value, kdfLine.VariancePercent!.Value, kdfLine.HasVariance));
        Assert.True(report.HasVariance);
        Assert.Equal(120, await AvailableAsync(bread));
        Assert.Equal(103, await AvailableAsync(kdf));

        // Tomorrow opens with what was counted.
        host.Time.Advance(TimeSpan.FromDays(1));
        var tomorrow = await Goods.DayAsync(Today);
        Assert.Equal(120, tomorrow.Single(s => s.ProductId == bread && s.Grade == Grade.Regular).Opening);
    }

    [Fact]
    public async Task Only_a_superadmin_reopens_a_closed_day_with_a_reason_in_the_audit_log_and_a_re_close_regenerates_the_report()
    {
        var batch = await Production.RecordBatchAsync(new BatchInput(breadMix, 132));
        await Production.RecordFinishedCountAsync(bread, Grade.Regular, 120);
        host.ActAs(accountant);
        var first = await Closing.CloseDayAsync();
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Closing.ReopenDayAsync(Today, "Wrong count"));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Closing.CloseDayAsync(force: true));

        host.ActAs(superadmin);
        var blank = await Assert.ThrowsAsync<DomainException>(() => Closing.ReopenDayAsync(Today, " "));
        Assert.Equal("Reason", blank.Field);
        await Closing.ReopenDayAsync(Today, "Batch 1 gave 130 loaves, not 132");
        await Production.EditBatchAsync(batch.Id, new BatchEdit(130));
        var second = await Closing.CloseDayAsync();

        Assert.Equal(first.Id, second.Id);
        var line = second.ClosingStock.Single(s => s.ProductId == bread && s.Grade == Grade.Regular);
        Assert.Equal((130, 120), (line.Computed, line.Counted!.Value));
        Assert.Equal(120, await AvailableAsync(bread));
        Assert.Equal(130 * 60m, second.ExpectedRevenue);
        Assert.True((await Production.DayAsync()).IsClosed);
        await using var db = await host.NewDbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Entity == nameof(ProductionDay) && e.Message!.Contains("Batch 1 gave 130 loaves")));
    }

    [Fact]
    public async Task Two_closings_at_once_store_one_report()
    {
        await Production.RecordBatchAsync(new BatchInput(sconesMix, 102));
        await Production.RecordFinishedCountAsync(scones, Grade.Regular, 100);
        host.ActAs(accountant);

        var reports = await Task.WhenAll(host.Get<DayClosingService>().CloseDayAsync(), host.Get<DayClosingService>().CloseDayAsync());

        Assert.Equal(reports[0].Id, reports[1].Id);
        Assert.Equal(100, await AvailableAsync(scones));
        await using var db = await host.NewDbAsync();
        Assert.Equal(1, await db.DailyProductionReports.CountAsync());
        Assert.Equal(1, await db.FinishedGoodsMovements.CountAsync(m => m.Type == FinishedGoodsMovementType.Count));
    }

    [Fact]
    public async Task After_21_00_only_a_superadmin_changes_todays_production()
    {
        host.Time.Advance(TimeSpan.FromHours(15)); // 06:30 -> 21:30 Nairobi

        var late = await Assert.ThrowsAsync<DomainException>(() => Production.RecordBatchAsync(new BatchInput(breadMix, 132)));

        Assert.Contains("21:00", late.Message);
        host.ActAs(superadmin);
        await Production.RecordBatchAsync(new BatchInput(breadMix, 132));
        Assert.Equal(132, await AvailableAsync(bread));
    }
}
