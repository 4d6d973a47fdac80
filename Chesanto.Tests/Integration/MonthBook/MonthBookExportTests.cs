using System.Net;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Production;
using ClosedXML.Excel;

namespace Chesanto.Tests.Integration.MonthBook;

/// <summary>The December 2026 book, downloaded once by the accountant, read back cell by cell against what was entered.</summary>
public sealed class MonthBookExportTests(MonthBookFixture book) : IClassFixture<MonthBookFixture>
{
    private static readonly DateTime Dec1 = new(2026, 12, 1), Dec2 = new(2026, 12, 2);

    [Fact]
    public void The_file_has_the_workbook_sheets_in_order()
    {
        Assert.Equal("chesanto-books-2026-12.xlsx", book.FileName);
        Assert.Equal(["Month on Month Numbers", "Profit and Loss Ac", "December Summary", "Production", "Packaging materials accounting",
            "Dispatch and Sales per day", "Closing stock product", "Closing stock inventory", "Staff Salaries", "Expenditure", "Fuel reconciliation",
            "December Deficits", "Sales commissions"], book.Book.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void Every_sheet_has_a_frozen_bold_header_and_sized_columns()
    {
        foreach (var sheet in book.Book.Worksheets)
        {
            Assert.Equal(1, sheet.SheetView.SplitRow);
            var last = sheet.Row(1).LastCellUsed().Address.ColumnNumber;
            for (var c = 1; c <= last; c++)
            {
                Assert.True(sheet.Cell(1, c).Style.Font.Bold, $"{sheet.Name} {c}");
                Assert.InRange(sheet.Column(c).Width, 6, 60);
                Assert.True(sheet.Column(c).Width >= sheet.Cell(1, c).GetString().Length, $"{sheet.Name}: {sheet.Cell(1, c).GetString()}");
            }
        }
    }

    [Fact]
    public void Production_is_per_day_and_product_with_its_costs_and_a_total()
    {
        var sheet = book.Book.Worksheet("Production");
        Headers(sheet, "Date", "Product", "Mixes", "Expected packets", "Actual packets", "Rejects", "Ingredient cost (KES)",
            "Packaging cost (KES)", "Total cost (KES)");
        var rows = new[] { (Dec1, "Bread", book.Bread), (Dec1, "KDF", book.Kdf), (Dec2, "Scones", book.Scones) };
        for (var i = 0; i < rows.Length; i++)
        {
            var (day, product, batches) = rows[i];
            var r = i + 2;
            Date(sheet.Cell(r, 1), day);
            Assert.Equal(product, sheet.Cell(r, 2).GetString());
            Number(sheet.Cell(r, 3), batches.Length, "#,##0");
            Number(sheet.Cell(r, 4), batches.Sum(b => b.ExpectedPackets), "#,##0");
            Number(sheet.Cell(r, 5), batches.Sum(b => b.ActualPackets), "#,##0");
            Number(sheet.Cell(r, 6), batches.Sum(b => b.Rejects), "#,##0");
            Money(sheet.Cell(r, 7), Cents(batches.Sum(b => b.IngredientCost)));
            Money(sheet.Cell(r, 8), Cents(batches.Sum(b => b.PackagingCost)));
            Money(sheet.Cell(r, 9), Cents(batches.Sum(b => b.IngredientCost)) + Cents(batches.Sum(b => b.PackagingCost)));
        }
        Assert.Equal(new[] { 132, 130 }, book.Bread.Select(b => b.ActualPackets));
        Assert.Equal("Total", sheet.Cell(5, 1).GetString());
        Assert.True(sheet.Cell(5, 1).Style.Font.Bold);
        Number(sheet.Cell(5, 3), 4, "#,##0");
        Number(sheet.Cell(5, 5), 132 + 130 + 100 + 102, "#,##0");
        Number(sheet.Cell(5, 6), 2, "#,##0");
        var all = book.Bread.Concat(book.Kdf).Concat(book.Scones).ToList();
        Money(sheet.Cell(5, 7), Cents(book.Bread.Sum(b => b.IngredientCost)) + Cents(book.Kdf.Sum(b => b.IngredientCost)) + Cents(book.Scones.Sum(b => b.IngredientCost)));
        Assert.True(all.Sum(b => b.IngredientCost) > 0);
        Assert.True(sheet.Cell(6, 1).IsEmpty());
    }

    [Fact]
    public void Dispatch_and_sales_are_per_day_and_recipient_with_banking_and_grand_totals()
    {
        var sheet = book.Book.Worksheet("Dispatch and Sales per day");
        Headers(sheet, "Date", "Staff name", "Position",
            "Bread dispatched", "Bread returned", "Bread sold", "Bread sales (KES)", "Bread commission (KES)",
            "KDF dispatched", "KDF returned", "KDF sold", "KDF sales (KES)", "KDF commission (KES)",
            "Scones dispatched", "Scones returned", "Scones sold", "Scones sales (KES)", "Scones commission (KES)",
            "Total sales (KES)", "Total commission (KES)", "Expected banking (KES)", "Banked (KES)", "Deficit (KES)", "Comment");
        // Mike on 1 Dec: 240/144/36 out, 10 bread and 4 KDF back, at 60/100/50 with 5/10/5 commission per unit sold.
        Date(sheet.Cell(2, 1), Dec1);
        Assert.Equal(("Mike", "Sales"), (sheet.Cell(2, 2).GetString(), sheet.Cell(2, 3).GetString()));
        Ints(sheet, 2, 4, 240, 10, 230);
        Money(sheet.Cell(2, 7), 13_800m);
        Money(sheet.Cell(2, 8), 1_150m);
        Ints(sheet, 2, 9, 144, 4, 140);
        Money(sheet.Cell(2, 12), 14_000m);
        Money(sheet.Cell(2, 13), 1_400m);
        Ints(sheet, 2, 14, 36, 0, 36);
        Money(sheet.Cell(2, 17), 1_800m);
        Money(sheet.Cell(2, 18), 180m);
        Money(sheet.Cell(2, 19), 29_600m);
        Money(sheet.Cell(2, 20), 2_730m);
        Money(sheet.Cell(2, 21), 26_870m);
        Money(sheet.Cell(2, 22), 26_000m);
        Money(sheet.Cell(2, 23), 870m);
        Assert.Equal("M-Pesa QJK1A2B3C4", sheet.Cell(2, 24).GetString());
        // Joel/Enos on 2 Dec: 400 bread and 200 KDF all sold, no per-unit commission.
        Date(sheet.Cell(3, 1), Dec2);
        Assert.Equal("Joel/Enos", sheet.Cell(3, 2).GetString());
        Ints(sheet, 3, 4, 400, 0, 400);
        Ints(sheet, 3, 9, 200, 0, 200);
        Assert.True(sheet.Cell(3, 14).IsEmpty());
        Money(sheet.Cell(3, 19), 44_000m);
        Money(sheet.Cell(3, 20), 0m);
        Money(sheet.Cell(3, 21), 44_000m);
        Money(sheet.Cell(3, 23), 0m);
        Assert.Equal("Grand totals", sheet.Cell(4, 1).GetString());
        Assert.True(sheet.Cell(4, 4).IsEmpty()); // a depot's goods are on two rows: dispatched is not totalled
        Number(sheet.Cell(4, 6), 630, "#,##0");
        Money(sheet.Cell(4, 19), 73_600m);
        Money(sheet.Cell(4, 20), 2_730m);
        Money(sheet.Cell(4, 21), 70_870m);
        Money(sheet.Cell(4, 22), 70_000m);
        Money(sheet.Cell(4, 23), 870m);
    }

    [Fact]
    public void Closing_stock_product_runs_from_the_finished_goods_ledger()
    {
        var sheet = book.Book.Worksheet("Closing stock product");
        Headers(sheet, "Date", "Product", "Opening stock", "Produced", "Dispatched", "Returned", "Damaged", "Adjusted", "Closing stock", "Counted at close");
        var bread1 = Find(sheet, Dec1, "Bread");
        Ints(sheet, bread1, 3, 1_000, 262, 240, 10, 0, 0, 1_032);
        Assert.True(sheet.Cell(bread1, 10).IsEmpty());
        Ints(sheet, Find(sheet, Dec1, "KDF"), 3, 1_000, 100, 144, 4, 0, 0, 960);
        Ints(sheet, Find(sheet, Dec1, "Scones"), 3, 1_000, 0, 36, 0, 0, 0, 964);
        Ints(sheet, Find(sheet, Dec1, "Bread Rejects"), 3, 0, 2, 0, 0, 0, 0, 2);
        Ints(sheet, Find(sheet, Dec2, "Bread"), 3, 1_032, 0, 400, 0, 0, 0, 632);
        Ints(sheet, Find(sheet, Dec2, "KDF"), 3, 960, 0, 200, 0, 0, 0, 760);
        Ints(sheet, Find(sheet, Dec2, "Scones"), 3, 964, 102, 0, 0, 0, 0, 1_066);
        Assert.Equal(8, sheet.LastRowUsed().RowNumber() - 1);
    }

    [Fact]
    public void Closing_stock_inventory_is_the_month_of_the_stock_ledger()
    {
        var sheet = book.Book.Worksheet("Closing stock inventory");
        Headers(sheet, "Item", "Unit", "Opening stock", "Purchases", "Used in production", "Wasted", "Returned to supplier",
            "Counts and corrections", "Closing stock", "Cost per unit (KES)", "Closing value (KES)");
        var r = Enumerable.Range(2, sheet.LastRowUsed().RowNumber()).First(i => sheet.Cell(i, 1).GetString() == "Wheat Flour");
        Assert.Equal("kg", sheet.Cell(r, 2).GetString(), ignoreCase: true);
        Assert.Equal(36m + 36 + 50 + 26, book.FlourUsed);
        // 500 kg at the 1st (seeded in November), 250 bought (the 100 typed twice was reversed), 148 used, 5 wasted.
        foreach (var (column, value) in new[] { (3, 500m), (4, 250m), (5, 148m), (6, 5m), (7, 0m), (8, 0m), (9, 597m) })
            Number(sheet.Cell(r, column), value, "#,##0.000");
        Number(sheet.Cell(r, 10), 73m, "#,##0.0000");
        Money(sheet.Cell(r, 11), 597m * 73m);
        var total = sheet.LastRowUsed().RowNumber();
        Assert.Equal("Total", sheet.Cell(total, 1).GetString());
        var values = Enumerable.Range(2, total - 2).Sum(i => sheet.Cell(i, 11).GetValue<decimal>());
        Money(sheet.Cell(total, 11), values);
    }

    [Fact]
    public void Staff_salaries_follow_the_workbook_columns()
    {
        var sheet = book.Book.Worksheet("Staff Salaries");
        Headers(sheet, "Staff No", "Name", "ID No", "Position", "Mobile No", "Salary", "Date started", "Date of payment", "Days of the month",
            "Absent", "Net days worked", "Pay per day", "Total Basic Salary", "Overtime (per mix)", "Rate per mix", "Total overtime",
            "Transaction fees refund", "Commission earned", "Lunch allowance", "Total expected Gross Salary", "Advance payment",
            "Deficit/Loan Recovery", "Statutory deductions", "Total Net Salary", "Amount to pay");
        Assert.Equal(("E001", "E002"), (sheet.Cell(2, 1).GetString(), sheet.Cell(3, 1).GetString()));
        var r = 3;
        Assert.Equal("Staff E002", sheet.Cell(r, 2).GetString());
        Assert.Equal("12345678", sheet.Cell(r, 3).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(r, 3).DataType);
        Assert.Equal("+254700000000", sheet.Cell(r, 5).GetString());
        Money(sheet.Cell(r, 6), 12_000m);
        Date(sheet.Cell(r, 7), new DateTime(2024, 1, 1));
        Date(sheet.Cell(r, 8), new DateTime(2026, 12, 31));
        Ints(sheet, r, 9, 30, 3, 27);
        Money(sheet.Cell(r, 12), 400m);
        Money(sheet.Cell(r, 13), 10_800m);
        Number(sheet.Cell(r, 14), 2m, "#,##0.0");
        foreach (var (column, value) in new[] { (15, 31m), (16, 62m), (17, 50m), (18, 630m), (19, 500m), (20, 12_042m), (21, 1_000m),
                     (22, 200m), (23, 0m), (24, 10_842m), (25, 10_842m) })
            Money(sheet.Cell(r, column), value);
        Assert.Equal("Total", sheet.Cell(4, 1).GetString());
        Money(sheet.Cell(4, 6), 27_000m);
        Money(sheet.Cell(4, 13), 25_800m);
        Money(sheet.Cell(4, 20), 27_042m);
        Money(sheet.Cell(4, 24), 25_842m);
    }

    [Fact]
    public void Expenditure_lists_the_month_with_a_total_and_keeps_formula_text_as_text()
    {
        var sheet = book.Book.Worksheet("Expenditure");
        Headers(sheet, "Date", "Description", "Quantity", "Unit cost", "Total", "Category", "Payment", "Reference");
        Date(sheet.Cell(2, 1), Dec1);
        Assert.Equal("Flour 5 bags", sheet.Cell(2, 2).GetString());
        Number(sheet.Cell(2, 3), 5m, "#,##0.000");
        Money(sheet.Cell(2, 4), 3_650m);
        Money(sheet.Cell(2, 5), 18_250m);
        Assert.Equal("Flour", sheet.Cell(2, 6).GetString());
        Assert.Equal(("Bank", "CHQ 0042"), (sheet.Cell(2, 7).GetString(), sheet.Cell(2, 8).GetString()));
        Date(sheet.Cell(3, 1), Dec2);
        Assert.False(sheet.Cell(3, 2).HasFormula);
        Assert.Equal(XLDataType.Text, sheet.Cell(3, 2).DataType);
        Assert.Equal(MonthBookFixture.FormulaDescription, sheet.Cell(3, 2).GetString());
        Assert.True(sheet.Cell(3, 2).Style.IncludeQuotePrefix);
        Money(sheet.Cell(3, 5), 1_234.56m);
        Assert.Equal("Total Expenditure", sheet.Cell(4, 1).GetString());
        Money(sheet.Cell(4, 5), 19_484.56m); // November's flour stays out
        Assert.True(sheet.Cell(5, 1).IsEmpty());
    }

    [Fact]
    public void Fuel_lists_fills_and_deposits_then_reconciles_the_station()
    {
        var sheet = book.Book.Worksheet("Fuel reconciliation");
        Headers(sheet, "Section", "Date", "Vehicle / use", "Fuel", "Quantity", "Unit", "Amount (KES)", "Paid", "Receipt / reference");
        Assert.Equal("Fuel", sheet.Cell(2, 1).GetString());
        Date(sheet.Cell(2, 2), Dec1);
        Assert.Equal(("Old Truck", "Petrol"), (sheet.Cell(2, 3).GetString(), sheet.Cell(2, 4).GetString()));
        Money(sheet.Cell(2, 7), 9_329.77m);
        Assert.Equal(("On account", "R-118"), (sheet.Cell(2, 8).GetString(), sheet.Cell(2, 9).GetString()));
        Date(sheet.Cell(3, 2), Dec2);
        Assert.Equal(("Production", "Diesel"), (sheet.Cell(3, 3).GetString(), sheet.Cell(3, 4).GetString()));
        Number(sheet.Cell(3, 5), 2m, "#,##0.000");
        Assert.Equal("Jerrycan", sheet.Cell(3, 6).GetString());
        Money(sheet.Cell(3, 7), 6_600m);
        Assert.Equal("Total fuel", sheet.Cell(4, 3).GetString());
        Money(sheet.Cell(4, 7), 15_929.77m);
        Assert.Equal("Deposit", sheet.Cell(5, 1).GetString());
        Money(sheet.Cell(5, 7), 20_000m);
        Assert.Equal("DEP-1", sheet.Cell(5, 9).GetString());
        Money(sheet.Cell(6, 7), 20_000m);
        var lines = Enumerable.Range(7, sheet.LastRowUsed().RowNumber() - 6)
            .ToDictionary(i => sheet.Cell(i, 3).GetString(), i => sheet.Cell(i, 7).GetValue<decimal>());
        Assert.Equal(0m, lines["Opening credit"]);
        Assert.Equal(15_929.77m, lines["Fuel on account"]);
        Assert.Equal(4_070.23m, lines["Closing credit (opening + deposits - fuel)"]);
        Assert.Equal(-4_070.23m, lines["Bal (fuel - deposits), as the workbook"]);
        Assert.Equal(9_329.77m, lines["Vehicle: Old Truck"]);
        Assert.Equal(6_600m, lines["Production diesel"]);
    }

    [Fact]
    public void Sales_commissions_give_each_recipients_month()
    {
        var sheet = book.Book.Worksheet("Sales commissions");
        Headers(sheet, "Salesman", "Kind", "Days settled", "Bread sold", "KDF sold", "Scones sold", "Sales (KES)", "Commission deducted (KES)",
            "Bonus to pay (KES)", "Expected banking (KES)", "Banked (KES)", "Deficit (KES)");
        Assert.Equal("Joel/Enos", sheet.Cell(2, 1).GetString());
        Ints(sheet, 2, 3, 1, 400, 200, 0);
        foreach (var (column, value) in new[] { (7, 44_000m), (8, 0m), (9, 630m), (10, 44_000m), (11, 44_000m), (12, 0m) })
            Money(sheet.Cell(2, column), value);
        Assert.Equal("Mike", sheet.Cell(3, 1).GetString());
        Ints(sheet, 3, 3, 1, 230, 140, 36);
        foreach (var (column, value) in new[] { (7, 29_600m), (8, 2_730m), (9, 0m), (10, 26_870m), (11, 26_000m), (12, 870m) })
            Money(sheet.Cell(3, column), value);
        Assert.Equal("Total", sheet.Cell(4, 1).GetString());
        Ints(sheet, 4, 3, 2, 630, 340, 36);
        Money(sheet.Cell(4, 7), 73_600m);
        Money(sheet.Cell(4, 9), 630m);
    }

    [Fact]
    public void Packaging_is_the_bags_of_each_days_packets()
    {
        var sheet = book.Book.Worksheet("Packaging materials accounting");
        Headers(sheet, "Date", "Product", "Packets produced", "Cost per packet (KES)", "Packaging cost (KES)");
        Date(sheet.Cell(2, 1), Dec1);
        Assert.Equal("Bread", sheet.Cell(2, 2).GetString());
        Number(sheet.Cell(2, 3), 262, "#,##0");
        var bags = Cents(book.Bread.Sum(b => b.PackagingCost));
        Assert.True(bags > 0);
        Number(sheet.Cell(2, 4), Math.Round(bags / 262, 3, MidpointRounding.AwayFromZero), "#,##0.000");
        Money(sheet.Cell(2, 5), bags);
        Date(sheet.Cell(4, 1), Dec2);
        Assert.Equal("Scones", sheet.Cell(4, 2).GetString());
        Money(sheet.Cell(4, 5), Cents(book.Scones.Sum(b => b.PackagingCost)));
        Assert.Equal("Total", sheet.Cell(5, 1).GetString());
        Number(sheet.Cell(5, 3), 464, "#,##0");
        Money(sheet.Cell(5, 5), bags + Cents(book.Kdf.Sum(b => b.PackagingCost)) + Cents(book.Scones.Sum(b => b.PackagingCost)));
    }

    [Fact]
    public void Deficits_set_expected_against_actual_banking_per_salesman()
    {
        var sheet = book.Book.Worksheet("December Deficits");
        Headers(sheet, "Salesman/Depot", "Days settled", "Expected retired amount (KES)", "Actual banking (KES)", "Total deficit (KES)",
            "Days short", "Crates short");
        var rows = Enumerable.Range(2, 2).ToDictionary(r => sheet.Cell(r, 1).GetString());
        Money(sheet.Cell(rows["Mike"], 3), 26_870m);
        Money(sheet.Cell(rows["Mike"], 4), 26_000m);
        Money(sheet.Cell(rows["Mike"], 5), 870m);
        Number(sheet.Cell(rows["Mike"], 6), 1, "#,##0");
        Money(sheet.Cell(rows["Joel/Enos"], 3), 44_000m);
        Money(sheet.Cell(rows["Joel/Enos"], 5), 0m);
        Assert.Equal("Total", sheet.Cell(4, 1).GetString());
        Money(sheet.Cell(4, 3), 70_870m);
        Money(sheet.Cell(4, 4), 70_000m);
        Money(sheet.Cell(4, 5), 870m);
    }

    [Theory]
    [InlineData(Role.Salesman)]
    [InlineData(Role.BasicUser)]
    [InlineData(Role.ProductManager)]
    public async Task Anyone_but_the_accountant_is_refused(Role role)
    {
        using var client = await book.ClientAsync(role);
        var refused = await client.GetAsync("/export/books/2026-12.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_month_that_is_not_one_is_not_found()
    {
        using var accountant = await book.ClientAsync(Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.GetAsync("/export/books/2026-13.xlsx")).StatusCode);
    }

    private static decimal Cents(decimal amount) => ProductionCosting.Shown(amount);

    private static void Headers(IXLWorksheet sheet, params string[] headers)
    {
        Assert.Equal(headers, Enumerable.Range(1, sheet.Row(1).LastCellUsed().Address.ColumnNumber).Select(c => sheet.Cell(1, c).GetString()));
    }

    private static int Find(IXLWorksheet sheet, DateTime day, string product) =>
        Enumerable.Range(2, sheet.LastRowUsed().RowNumber() - 1)
            .Single(r => sheet.Cell(r, 1).GetDateTime() == day && sheet.Cell(r, 2).GetString() == product);

    private static void Date(IXLCell cell, DateTime expected)
    {
        Assert.Equal(XLDataType.DateTime, cell.DataType);
        Assert.Equal(expected, cell.GetDateTime());
        Assert.Equal("d mmm yyyy", cell.Style.NumberFormat.Format);
    }

    private static void Money(IXLCell cell, decimal expected) => Number(cell, expected, "#,##0.00");

    private static void Number(IXLCell cell, decimal expected, string format)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(expected, cell.GetValue<decimal>());
        Assert.Equal(format, cell.Style.NumberFormat.Format);
    }

    /// <summary>Whole numbers in consecutive cells of a row, from <paramref name="column"/>.</summary>
    private static void Ints(IXLWorksheet sheet, int row, int column, params int[] values)
    {
        for (var i = 0; i < values.Length; i++) Number(sheet.Cell(row, column + i), values[i], "#,##0");
    }
}
