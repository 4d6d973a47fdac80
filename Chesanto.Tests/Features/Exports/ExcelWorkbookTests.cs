using ClosedXML.Excel;
using Chesanto.Web.Features.Exports;

namespace Chesanto.Tests.Features.Exports;

public sealed class ExcelWorkbookTests
{
    private sealed record Row(string Name, int Count, decimal Kg, decimal Price, DateOnly Day, DateTimeOffset At, int? Days);

    private static readonly ExcelColumn<Row>[] Columns =
    [
        new("Name", r => r.Name),
        new("Count", r => r.Count, CellKind.Integer),
        new("Kg", r => r.Kg, CellKind.Quantity),
        new("Price (KES)", r => r.Price, CellKind.Money),
        new("Day", r => r.Day, CellKind.Date),
        new("At", r => r.At, CellKind.DateTime),
        new("Days", r => r.Days, CellKind.Integer),
    ];

    private static readonly Row Flour = new("Wheat Flour", 3, 1_234.5m, 3_700m, new DateOnly(2026, 11, 24),
        new DateTimeOffset(2026, 11, 24, 3, 30, 0, TimeSpan.Zero), null);

    private static IXLWorksheet Export(params Row[] rows)
    {
        using var workbook = new ExcelWorkbook().AddSheet("Stock", Columns, rows);
        return new XLWorkbook(new MemoryStream(workbook.ToBytes())).Worksheet("Stock");
    }

    [Fact]
    public void Numbers_are_numbers_and_dates_are_dates_in_Nairobi_time()
    {
        var sheet = Export(Flour);
        Assert.Equal(["Name", "Count", "Kg", "Price (KES)", "Day", "At", "Days"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(XLDataType.Text, sheet.Cell("A2").DataType);
        Assert.Equal(XLDataType.Number, sheet.Cell("B2").DataType);
        Assert.Equal(3, sheet.Cell("B2").GetValue<int>());
        Assert.Equal(XLDataType.Number, sheet.Cell("C2").DataType);
        Assert.Equal(1_234.5m, sheet.Cell("C2").GetValue<decimal>());
        Assert.Equal(3_700m, sheet.Cell("D2").GetValue<decimal>());
        Assert.Equal(XLDataType.DateTime, sheet.Cell("E2").DataType);
        Assert.Equal(new DateTime(2026, 11, 24), sheet.Cell("E2").GetDateTime());
        Assert.Equal(XLDataType.DateTime, sheet.Cell("F2").DataType);
        Assert.Equal(new DateTime(2026, 11, 24, 6, 30, 0), sheet.Cell("F2").GetDateTime()); // 03:30 UTC is 06:30 in Nairobi
        Assert.True(sheet.Cell("G2").IsEmpty());
    }

    [Fact]
    public void Formats_show_KES_with_two_places_quantities_with_three_and_dates_as_dates()
    {
        var sheet = Export(Flour);
        Assert.Equal("#,##0", sheet.Cell("B2").Style.NumberFormat.Format);
        Assert.Equal("#,##0.000", sheet.Cell("C2").Style.NumberFormat.Format);
        Assert.Equal("#,##0.00", sheet.Cell("D2").Style.NumberFormat.Format);
        Assert.Equal("d mmm yyyy", sheet.Cell("E2").Style.NumberFormat.Format);
        Assert.Equal("d mmm yyyy hh:mm", sheet.Cell("F2").Style.NumberFormat.Format);
    }

    [Fact]
    public void A_money_column_can_keep_four_places()
    {
        ExcelColumn<decimal>[] columns = [new("Cost per g (KES)", c => c, CellKind.Money, 4)];
        using var workbook = new ExcelWorkbook().AddSheet("Costs", columns, [35.50m / 1000]);
        var cell = new XLWorkbook(new MemoryStream(workbook.ToBytes())).Worksheet(1).Cell("A2");
        Assert.Equal("#,##0.0000", cell.Style.NumberFormat.Format);
        Assert.Equal(0.0355m, cell.GetValue<decimal>());
    }

    [Fact]
    public void The_header_is_bold_frozen_and_filtered_and_columns_are_sized_to_their_texts()
    {
        var sheet = Export(Flour, Flour with { Name = "Packaging bags for the large family loaf of 800 g" });
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:G3", sheet.AutoFilter.Range.RangeAddress.ToString());
        var nameWidth = sheet.Column(1).Width;
        Assert.InRange(nameWidth, 50, 60); // the long name, not the default 8.43
        Assert.InRange(sheet.Column(2).Width, 6, 12);
        Assert.InRange(sheet.Column(6).Width, 17, 25); // a date-time fits
    }

    [Theory]
    [InlineData("=SUM(A1:A9)")]
    [InlineData("+254 700 000000")]
    [InlineData("-5 kg spilt")]
    [InlineData("@cmd|' /C calc'!A0")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Text_that_looks_like_a_formula_stays_text(string reason)
    {
        var sheet = Export(Flour with { Name = reason });
        var cell = sheet.Cell("A2");
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(reason.Replace('\r', '\n'), cell.GetString()); // XML itself turns a bare CR into LF
        Assert.True(cell.Style.IncludeQuotePrefix);
    }

    [Fact]
    public void Plain_text_that_looks_like_a_number_stays_text_and_characters_xml_cannot_hold_are_dropped()
    {
        var sheet = Export(Flour with { Name = "00123" }, Flour with { Name = "Bad\u0001char 🍞" }, Flour with { Name = "2026-11-24" });
        Assert.Equal(XLDataType.Text, sheet.Cell("A2").DataType);
        Assert.Equal("00123", sheet.Cell("A2").GetString());
        Assert.False(sheet.Cell("A2").Style.IncludeQuotePrefix);
        Assert.Equal("Badchar 🍞", sheet.Cell("A3").GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell("A4").DataType);
        Assert.Equal("2026-11-24", sheet.Cell("A4").GetString());
    }

    [Fact]
    public void An_empty_export_still_has_its_header_and_filter()
    {
        var sheet = Export();
        Assert.Equal("Name", sheet.Cell("A1").GetString());
        Assert.True(sheet.Cell("A2").IsEmpty());
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }
}
