using ClosedXML.Excel;
using Chesanto.Domain.Payroll;
using Chesanto.Tests.Domain.Payroll;
using Chesanto.Web.Features.Exports;

namespace Chesanto.Tests.Features.Exports;

public sealed class PayrollExportsTests : PayrollFixture
{
    [Fact]
    public async Task The_payment_list_has_one_typed_row_per_employee_and_pays_nothing_for_a_negative_net()
    {
        await EmployeeAsync("CHE022", 11_500m, mpesa: "+254711000222");
        await EmployeeAsync("CHE018", 10_000m);
        var run = await Payroll.CreateRunAsync(2025, 9);
        await EditAsync(run.Payslips.Single(p => p.EmployeeNumber == "CHE022"), i => i with
            { DaysAbsent = 5, MpesaFeeRefund = 1_542m, CommissionEarned = 1_536.50m, Recovery = 4_754m });
        await EditAsync(run.Payslips.Single(p => p.EmployeeNumber == "CHE018"), i => i with { Recovery = 12_350m });

        using var workbook = new XLWorkbook(new MemoryStream(await new PayrollExports(Payroll).PaymentsAsync(2025, 9)));

        var sheet = workbook.Worksheet("Payments Sep 2025");
        Assert.Equal(["Staff no.", "Name", "Paid by", "M-Pesa number", "Bank", "Account", "Gross", "Deductions", "Net", "Amount to pay"],
            sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(3, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(("CHE018", "Cash", -1_850m, 0m), (sheet.Cell(2, 1).GetString(), sheet.Cell(2, 3).GetString(),
            sheet.Cell(2, 9).GetValue<decimal>(), sheet.Cell(2, 10).GetValue<decimal>()));
        Assert.Equal(("CHE022", "M-Pesa", "+254711000222"), (sheet.Cell(3, 1).GetString(), sheet.Cell(3, 3).GetString(), sheet.Cell(3, 4).GetString()));
        Assert.Equal((13_161.83m, 4_754m, 8_407.83m, 8_407.83m), (sheet.Cell(3, 7).GetValue<decimal>(), sheet.Cell(3, 8).GetValue<decimal>(),
            sheet.Cell(3, 9).GetValue<decimal>(), sheet.Cell(3, 10).GetValue<decimal>()));
        Assert.Equal(XLDataType.Number, sheet.Cell(3, 10).DataType);
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }
}
