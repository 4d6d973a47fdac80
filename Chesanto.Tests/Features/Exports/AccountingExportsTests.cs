using ClosedXML.Excel;
using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Exports;

namespace Chesanto.Tests.Features.Exports;

public sealed class AccountingExportsTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly DomainHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private AccountingExports Exports => new(host.Get<ExpenseService>(), host.Get<FuelService>());

    [Fact]
    public async Task The_expenses_file_has_typed_cells_and_a_total_per_category()
    {
        var expenses = host.Get<ExpenseService>();
        await expenses.RecordAsync(new ExpenseInput(Today.AddDays(-1), ExpenseCategory.Electricity, "=Kenya Power token", 1, 51_244, PaymentMethod.MPesa, "QX99"));
        await expenses.RecordAsync(new ExpenseInput(Today, ExpenseCategory.Yeast, "Yeast", 20, 255.5m, PaymentMethod.Cash, null));

        using var workbook = new XLWorkbook(new MemoryStream(await Exports.ExpensesAsync(Today.AddDays(-7), Today, null)));

        var sheet = workbook.Worksheet("Expenses");
        var headers = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var power = sheet.Row(2);
        Assert.Equal(XLDataType.DateTime, power.Cell(headers["Date"]).DataType);
        Assert.Equal(new DateTime(2026, 11, 23), power.Cell(headers["Date"]).GetDateTime());
        Assert.Equal("=Kenya Power token", power.Cell(headers["Description"]).GetString());
        Assert.False(power.Cell(headers["Description"]).HasFormula);
        Assert.Equal(XLDataType.Number, power.Cell(headers["Total (KES)"]).DataType);
        Assert.Equal(51_244m, power.Cell(headers["Total (KES)"]).GetValue<decimal>());
        Assert.Equal(("Electricity", "Indirect costs"), (power.Cell(headers["Category"]).GetString(), power.Cell(headers["P&L section"]).GetString()));
        Assert.Equal(5_110m, sheet.Row(3).Cell(headers["Total (KES)"]).GetValue<decimal>());

        var totals = workbook.Worksheet("By category");
        Assert.Equal(("Direct materials", "Yeast", 1, 5_110m), (totals.Cell(2, 1).GetString(), totals.Cell(2, 2).GetString(),
            totals.Cell(2, 3).GetValue<int>(), totals.Cell(2, 4).GetValue<decimal>()));
        Assert.Equal(XLDataType.Number, totals.Cell(3, 4).DataType);
    }

    [Fact]
    public async Task The_fuel_file_carries_the_months_lines_and_its_reconciliation()
    {
        var fuel = host.Get<FuelService>();
        await fuel.DepositAsync(new FuelDepositInput(Today.AddDays(-3), null, 10_000, PaymentMethod.Bank, "DEP-1"));
        await fuel.RecordAsync(new FuelInput(Today, null, FuelPurpose.Production, null, FuelType.Diesel, 2, FuelUnit.Jerrycan, 6_600, PaymentMethod.Credit, "R1"));

        using var workbook = new XLWorkbook(new MemoryStream(await Exports.FuelAsync(2026, 11)));

        var line = workbook.Worksheet("Fuel").Row(2);
        Assert.Equal(6_600m, line.Cell(8).GetValue<decimal>());
        Assert.Equal(3_300m, line.Cell(9).GetValue<decimal>());
        var rec = workbook.Worksheet("Reconciliation");
        var byLine = Enumerable.Range(2, rec.LastRowUsed()!.RowNumber() - 1).ToDictionary(r => rec.Cell(r, 1).GetString(), r => rec.Cell(r, 2).GetValue<decimal>());
        Assert.Equal(3_400m, byLine["Closing credit (opening + deposits - fuel)"]);
        Assert.Equal(-3_400m, byLine["Workbook balance (fuel - deposits)"]);
    }
}
