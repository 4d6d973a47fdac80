using ClosedXML.Excel;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Domain.Sales;
using Chesanto.Web.Features.Exports;

namespace Chesanto.Tests.Features.Exports;

public sealed class SalesExportsTests : SalesFixture
{
    private SalesExports Exports => new(host.Get<DaySheetQuery>(), host.Get<SalesQueries>());

    private static XLWorkbook Read(byte[] file) => new(new MemoryStream(file));

    private static Dictionary<string, IXLCell> RowByHeader(IXLWorksheet sheet, int row) =>
        sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => sheet.Cell(row, c.Address.ColumnNumber));

    [Fact]
    public async Task The_day_sheet_has_mikes_row_in_the_workbooks_columns_a_depot_dispatch_row_and_subtotals()
    {
        await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_715m));
        await Dispatches.DispatchAsync(new DispatchInput(matayos, [new(bread, Grade.Regular, 200)], 4));

        using var workbook = Read(await Exports.DayAsync(Today));

        var sheet = workbook.Worksheet($"Dispatch {Today:dd.MM.yyyy}");
        Assert.Equal(4, sheet.LastRowUsed()!.RowNumber());
        var depot = RowByHeader(sheet, 2);
        Assert.Equal(("Matayos Depot", "Dispatch", 200, 55m), (depot["Staff name"].GetString(), depot["Position"].GetString(),
            depot["Bread dispatched"].GetValue<int>(), depot["Bread price"].GetValue<decimal>()));
        Assert.True(depot["Bread sold"].IsEmpty());
        Assert.Equal("Not settled", depot["Comment"].GetString());
        var mike = RowByHeader(sheet, 3);
        Assert.Equal(("Mike", "Sales"), (mike["Staff name"].GetString(), mike["Position"].GetString()));
        Assert.Equal((240, 127, 113), (mike["Bread dispatched"].GetValue<int>(), mike["Bread returns"].GetValue<int>(), mike["Bread sold"].GetValue<int>()));
        Assert.Equal((6_780m, 565m, 6_215m), (mike["Bread sales (KES)"].GetValue<decimal>(), mike["Bread commission (KES)"].GetValue<decimal>(),
            mike["Bread net (KES)"].GetValue<decimal>()));
        Assert.Equal((21_780m, 2_065m, 19_715m), (mike["Total sales (KES)"].GetValue<decimal>(), mike["Total commission (KES)"].GetValue<decimal>(),
            mike["Net sales (KES)"].GetValue<decimal>()));
        Assert.Equal((19_715m, 19_715m, 0m), (mike["Total expected banking (KES)"].GetValue<decimal>(), mike["Actual banking (KES)"].GetValue<decimal>(),
            mike["Difference (KES)"].GetValue<decimal>()));
        Assert.Equal("M-Pesa QJK1A2B3C4", mike["Comment"].GetString());
        var subtotal = RowByHeader(sheet, 4);
        Assert.Equal(("Subtotal", 440), (subtotal["Staff name"].GetString(), subtotal["Bread dispatched"].GetValue<int>()));
        Assert.Equal(XLDataType.Number, subtotal["Total expected banking (KES)"].DataType);
    }

    [Fact]
    public async Task A_depots_late_settlement_shows_as_sales_for_its_dispatch_day_on_the_day_it_arrives()
    {
        var dispatchDay = Today;
        await Dispatches.DispatchAsync(new DispatchInput(matayos, [new(bread, Grade.Regular, 200)], 4));
        host.Time.Advance(TimeSpan.FromDays(2));
        await Settlements.SettleAsync(new SettlementInput(matayos, dispatchDay, [new(bread, Grade.Regular, PriceChannel.Distributor, 20)], 4,
            [new(BankingMethod.Bank, 9_000m, "EQB-1")]));

        using var workbook = Read(await Exports.DayAsync(Today));

        var row = RowByHeader(workbook.Worksheets.First(), 2);
        Assert.Equal($"Sales for {dispatchDay:dd.MM.yyyy}", row["Position"].GetString());
        Assert.Equal((180, 9_900m, 900m), (row["Bread sold"].GetValue<int>(), row["Bread sales (KES)"].GetValue<decimal>(),
            row["Bread commission (KES)"].GetValue<decimal>()));
        Assert.Equal(0m, row["Difference (KES)"].GetValue<decimal>());
    }

    [Fact]
    public async Task The_months_commissions_have_a_summary_and_a_row_per_settled_day()
    {
        await DispatchMikeAsync();
        await Settlements.SettleAsync(MikeSettles(19_715m));
        await Dispatches.DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 400), new(kdf, Grade.Regular, 120)], 8));
        await Settlements.SettleAsync(new SettlementInput(joel, Today, [], 8, [new(BankingMethod.Cash, 36_000m, "R-1")]));

        using var workbook = Read(await Exports.CommissionsAsync(Today));

        Assert.Equal(["Summary", "Per day"], workbook.Worksheets.Select(s => s.Name));
        var summary = workbook.Worksheet("Summary");
        var joelRow = RowByHeader(summary, 2);
        Assert.Equal(("Joel/Enos", 70m), (joelRow["Recipient"].GetString(), joelRow["Bonus to pay (KES)"].GetValue<decimal>()));
        var mikeRow = RowByHeader(summary, 3);
        Assert.Equal(("Mike", 2_065m), (mikeRow["Recipient"].GetString(), mikeRow["Commission deducted (KES)"].GetValue<decimal>()));
        var perDay = workbook.Worksheet("Per day");
        Assert.Equal(3, perDay.LastRowUsed()!.RowNumber());
        Assert.Equal(35_000m, RowByHeader(perDay, 2)["Daily target (KES)"].GetValue<decimal>());
    }
}
