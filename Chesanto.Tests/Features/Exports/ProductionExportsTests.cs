using ClosedXML.Excel;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Production;
using Chesanto.Tests.Domain.Production;
using Chesanto.Web.Features.Exports;

namespace Chesanto.Tests.Features.Exports;

public sealed class ProductionExportsTests : ProductionFixture
{
    private ProductionExports Exports => new(host.Get<ProductionService>(), host.Get<ProductionReportQueries>());
    private DateOnly Today => host.Get<BusinessClock>().Today;

    private async Task RecordDayAsync()
    {
        await Production.RecordBatchAsync(new BatchInput(breadMix, 132, 3, new TimeOnly(6, 0), new TimeOnly(8, 30), "Slightly pale"));
        await Production.RecordBatchAsync(new BatchInput(kdfMix, 105));
        host.ActAs(accountant);
        await Production.AddIndirectCostAsync(new IndirectCostInput(IndirectCostType.Diesel, 1_500m, "10 L diesel", "R-77", "Ikapolok"));
        await Production.AddIndirectCostAsync(new IndirectCostInput(IndirectCostType.FuelDistribution, 333.33m));
    }

    private static XLWorkbook Read(byte[] file) => new(new MemoryStream(file));

    [Fact]
    public async Task A_day_exports_its_batches_costed_as_the_page_shows_them_with_indirect_costs_and_finished_goods()
    {
        await RecordDayAsync();
        var day = await Production.DayAsync();

        using var workbook = Read(await Exports.DayAsync(Today));

        var batches = workbook.Worksheet("Batches");
        Assert.Equal(1, batches.SheetView.SplitRow);
        Assert.Equal(["Date", "Batch", "Product", "Mix", "Start", "End", "Expected packets", "Packets", "Rejects", "Variance %",
            "Ingredient cost (KES)", "Packaging cost (KES)", "Allocated indirect (KES)", "Total cost (KES)", "Cost per packet (KES)",
            "Expected revenue (KES)", "Gross profit (KES)", "Margin %", "Quality notes", "Recorded by"],
            batches.Row(1).CellsUsed().Select(c => c.GetString()));
        var rows = batches.RowsUsed().Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        var bread = rows[0];
        var cost = day.Cost.Batches[0];
        Assert.Equal(Today.ToDateTime(TimeOnly.MinValue), bread.Cell(1).GetDateTime());
        Assert.Equal((1, "Bread"), (bread.Cell(2).GetValue<int>(), bread.Cell(3).GetString()));
        Assert.StartsWith("Mix", bread.Cell(4).GetString());
        Assert.Equal(XLDataType.DateTime, bread.Cell(5).DataType);
        Assert.Equal(Today.ToDateTime(new TimeOnly(8, 30)), bread.Cell(6).GetDateTime());
        Assert.Equal((132, 3), (bread.Cell(8).GetValue<int>(), bread.Cell(9).GetValue<int>()));
        for (var c = 11; c <= 18; c++) Assert.Equal(XLDataType.Number, bread.Cell(c).DataType);
        Assert.Equal("#,##0.00", bread.Cell(11).Style.NumberFormat.Format);
        Assert.Equal(ProductionCosting.Shown(cost.Ingredient), bread.Cell(11).GetValue<decimal>());
        Assert.Equal(ProductionCosting.Shown(cost.Packaging), bread.Cell(12).GetValue<decimal>());
        Assert.Equal(ProductionCosting.Shown(cost.Allocated), bread.Cell(13).GetValue<decimal>());
        Assert.Equal(ProductionCosting.Shown(cost.Total), bread.Cell(14).GetValue<decimal>());
        Assert.Equal(ProductionCosting.Shown(cost.CostPerPacket!.Value), bread.Cell(15).GetValue<decimal>());
        Assert.Equal(132 * 60m, bread.Cell(16).GetValue<decimal>());
        Assert.Equal(ProductionCosting.Shown(cost.GrossProfit), bread.Cell(17).GetValue<decimal>());
        Assert.Equal(cost.MarginPercent, bread.Cell(18).GetValue<decimal>());
        Assert.Equal(("Slightly pale", manager.Email), (bread.Cell(19).GetString(), bread.Cell(20).GetString()));
        Assert.Equal(1_833.33m, rows.Sum(r => r.Cell(13).GetValue<decimal>()), 2);
        Assert.True(rows[1].Cell(5).IsEmpty()); // KDF was recorded without times

        var indirect = workbook.Worksheet("Indirect costs").RowsUsed().Skip(1).ToList();
        Assert.Equal(["Diesel", "Fuel distribution"], indirect.Select(r => r.Cell(1).GetString()));
        Assert.Equal(("10 L diesel", "Ikapolok", "R-77"), (indirect[0].Cell(2).GetString(), indirect[0].Cell(3).GetString(), indirect[0].Cell(4).GetString()));
        Assert.Equal([1_500m, 333.33m], indirect.Select(r => r.Cell(5).GetValue<decimal>()));

        var goods = workbook.Worksheet("Finished goods").RowsUsed().Skip(1).ToList();
        var breadGoods = goods.Single(r => r.Cell(1).GetString() == "Bread" && r.Cell(2).GetString() == "Regular");
        Assert.Equal((0, 132, 132), (breadGoods.Cell(3).GetValue<int>(), breadGoods.Cell(4).GetValue<int>(), breadGoods.Cell(9).GetValue<int>()));
        Assert.Equal(3, goods.Single(r => r.Cell(2).GetString() == "Reject").Cell(4).GetValue<int>()); // named after the sub-product
    }

    [Fact]
    public async Task A_range_lists_every_day_s_batches_in_order_with_a_sheet_of_day_totals()
    {
        await RecordDayAsync();
        host.ActAs(manager);
        host.Time.Advance(TimeSpan.FromDays(1));
        await Production.RecordBatchAsync(new BatchInput(sconesMix, 40));
        var (first, second) = (Today.AddDays(-1), Today);
        var firstDay = await Production.DayAsync(first);

        using var workbook = Read(await Exports.BatchesAsync(first, second));

        var rows = workbook.Worksheet("Batches").RowsUsed().Skip(1).ToList();
        Assert.Equal([(first, 1, "Bread"), (first, 2, "KDF"), (second, 1, "Scones")],
            rows.Select(r => (DateOnly.FromDateTime(r.Cell(1).GetDateTime()), r.Cell(2).GetValue<int>(), r.Cell(3).GetString())));
        Assert.Equal(0m, rows[2].Cell(13).GetValue<decimal>()); // the second day has no indirect costs to share
        var days = workbook.Worksheet("Days").RowsUsed().Skip(1).ToList();
        Assert.Equal(2, days.Count);
        Assert.Equal((2, 237, 3), (days[0].Cell(2).GetValue<int>(), days[0].Cell(3).GetValue<int>(), days[0].Cell(4).GetValue<int>()));
        Assert.Equal(1_833.33m, days[0].Cell(7).GetValue<decimal>());
        Assert.Equal(ProductionCosting.Shown(firstDay.Cost.Total), days[0].Cell(8).GetValue<decimal>());
        Assert.Equal(ProductionCosting.Shown(firstDay.Cost.GrossProfit), days[0].Cell(10).GetValue<decimal>());
        Assert.Equal(firstDay.Cost.MarginPercent, days[0].Cell(11).GetValue<decimal>());
    }

    [Fact]
    public async Task A_backwards_or_overlong_range_is_refused_and_so_is_a_salesman()
    {
        var backwards = await Assert.ThrowsAsync<DomainException>(() => Exports.BatchesAsync(Today, Today.AddDays(-1)));
        Assert.Equal("to", backwards.Field);
        await Assert.ThrowsAsync<DomainException>(() => Exports.BatchesAsync(Today.AddDays(-400), Today));
        host.ActAs(await host.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Exports.DayAsync(Today));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Exports.BatchesAsync(Today, Today));
    }
}
