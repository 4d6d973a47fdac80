using ClosedXML.Excel;
using Chesanto.Domain.Production;

namespace Chesanto.Tests.Integration.MonthBook;

/// <summary>The book's first three sheets (the lead's P&amp;L in the workbook's layout), read back from the same download.</summary>
public sealed class MonthBookStatementTests(MonthBookFixture book) : IClassFixture<MonthBookFixture>
{
    [Fact]
    public void The_profit_and_loss_sheet_is_the_statement_line_by_line()
    {
        var sheet = book.Book.Worksheet("Profit and Loss Ac");
        Assert.Equal(["Line", "Amount (KES)", "Section total (KES)", "Total (KES)", "Source"], Enumerable.Range(1, 5).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal("PROFIT AND LOSS STATEMENT FOR DECEMBER 2026", sheet.Cell(2, 1).GetString());
        // Revenue is what was sold on settled days: Mike's 230/140/36 and Joel's 400/200 at 60/100/50.
        Line(sheet, "Bread", amount: 37_800m);
        Line(sheet, "KDF", amount: 34_000m);
        Line(sheet, "Scones", amount: 1_800m);
        Line(sheet, "Total Revenue", total: 73_600m);
        Line(sheet, "Commission Bread", amount: 1_150m);
        Line(sheet, "Total commissions", section: 2_730m);
        Line(sheet, "Fuel Old Truck", amount: 9_329.77m);
        Line(sheet, "Sundry", amount: 1_234.56m);
        Line(sheet, "Total administrative", total: 1_234.56m);
        var pnl = book.Pnl;
        Line(sheet, "Total cost of sales", total: pnl.TotalCostOfSales);
        Line(sheet, "Gross profit", total: pnl.GrossProfit);
        Line(sheet, "Profit before tax", total: pnl.ProfitBeforeTax);
        Line(sheet, "Net Profit/Loss", total: pnl.NetProfit);
        Assert.Equal(73_600m - pnl.TotalCostOfSales - 1_234.56m, pnl.ProfitBeforeTax);
        foreach (var block in pnl.CostOfSales)
        {
            Line(sheet, $"Total {block.Title.ToLowerInvariant()}", section: block.Total);
            foreach (var l in block.Lines) Assert.Equal(l.Source, sheet.Cell(RowOf(sheet, l.Label), 5).GetString());
        }
    }

    [Fact]
    public void The_month_summary_gives_each_products_month_on_the_recipe_cost_basis()
    {
        var sheet = book.Book.Worksheet("December Summary");
        Assert.Equal("Product", sheet.Cell(1, 1).GetString());
        var rows = new[] { ("Bread", book.Bread, 640, 10, 630, 37_800m, 1_150m), ("KDF", book.Kdf, 344, 4, 340, 34_000m, 1_400m),
            ("Scones", book.Scones, 36, 0, 36, 1_800m, 180m) };
        for (var i = 0; i < rows.Length; i++)
        {
            var (product, batches, dispatched, returned, sold, sales, commission) = rows[i];
            var r = i + 2;
            Assert.Equal(product, sheet.Cell(r, 1).GetString());
            Int(sheet.Cell(r, 2), batches.Sum(b => b.ExpectedPackets));
            Int(sheet.Cell(r, 3), batches.Sum(b => b.ActualPackets));
            Int(sheet.Cell(r, 4), batches.Sum(b => b.Rejects));
            Int(sheet.Cell(r, 5), dispatched);
            Int(sheet.Cell(r, 6), returned);
            Int(sheet.Cell(r, 8), sold);
            Money(sheet.Cell(r, 9), sales);
            var cost = Cents(batches.Sum(b => b.IngredientCost));
            var packaging = Cents(batches.Sum(b => b.PackagingCost));
            Money(sheet.Cell(r, 10), cost);
            Money(sheet.Cell(r, 11), sales - cost);
            Money(sheet.Cell(r, 12), packaging);
            Money(sheet.Cell(r, 13), commission);
            Money(sheet.Cell(r, 14), sales - cost - packaging - commission);
        }
        Assert.Equal("Total", sheet.Cell(5, 1).GetString());
        Int(sheet.Cell(5, 3), 464);
        Money(sheet.Cell(5, 9), 73_600m);
        Money(sheet.Cell(5, 13), 2_730m);
    }

    [Fact]
    public void Month_on_month_has_twelve_months_ending_with_this_one()
    {
        var sheet = book.Book.Worksheet("Month on Month Numbers");
        Assert.Equal(["Line", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026",
            "Oct 2026", "Nov 2026", "Dec 2026"], Enumerable.Range(1, 13).Select(c => sheet.Cell(1, c).GetString()));
        Money(sheet.Cell(RowOf(sheet, "Total Revenue"), 13), 73_600m);
        Money(sheet.Cell(RowOf(sheet, "Total Revenue"), 12), 0m);
        Money(sheet.Cell(RowOf(sheet, "Gross profit"), 13), Math.Round(book.Pnl.GrossProfit, 2));
        Money(sheet.Cell(RowOf(sheet, "Net Profit/Loss"), 13), Math.Round(book.Pnl.NetProfit, 2));
        Money(sheet.Cell(RowOf(sheet, "Fuel Old Truck"), 13), 9_329.77m);
        var units = RowOf(sheet, "Production units");
        Assert.Equal(("Bread", 262m, 0m), (sheet.Cell(units + 1, 1).GetString(), sheet.Cell(units + 1, 13).GetValue<decimal>(), sheet.Cell(units + 1, 12).GetValue<decimal>()));
    }

    private static decimal Cents(decimal amount) => ProductionCosting.Shown(amount);

    private static int RowOf(IXLWorksheet sheet, string label) =>
        Enumerable.Range(2, sheet.LastRowUsed().RowNumber() - 1).First(r => sheet.Cell(r, 1).GetString() == label);

    private static void Line(IXLWorksheet sheet, string label, decimal? amount = null, decimal? section = null, decimal? total = null)
    {
        var r = RowOf(sheet, label);
        foreach (var (column, value) in new[] { (2, amount), (3, section), (4, total) })
            if (value is { } v) Money(sheet.Cell(r, column), v);
            else Assert.True(sheet.Cell(r, column).IsEmpty(), $"{label} column {column}");
    }

    private static void Int(IXLCell cell, int expected)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(expected, cell.GetValue<int>());
        Assert.Equal("#,##0", cell.Style.NumberFormat.Format);
    }

    private static void Money(IXLCell cell, decimal expected)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(expected, cell.GetValue<decimal>());
        Assert.Equal("#,##0.00", cell.Style.NumberFormat.Format);
    }
}
