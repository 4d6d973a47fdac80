using Chesanto.Domain.Common;
using Chesanto.Domain.Payroll;

namespace Chesanto.Web.Features.Exports;

/// <summary>The bank / M-Pesa payment list of a month's payroll: what to send to whom (never less than nothing).</summary>
public sealed class PayrollExports(PayrollService payroll)
{
    private static readonly ExcelColumn<Payslip>[] Columns =
    [
        new("Staff no.", p => p.EmployeeNumber),
        new("Name", p => p.EmployeeName),
        new("Paid by", p => p.PaymentMethod),
        new("M-Pesa number", p => p.MpesaNumber),
        new("Bank", p => p.BankName),
        new("Account", p => p.BankAccount),
        new("Gross", p => p.Gross, CellKind.Money),
        new("Deductions", p => p.Deductions, CellKind.Money),
        new("Net", p => p.Net, CellKind.Money),
        new("Amount to pay", p => p.ToPay, CellKind.Money),
    ];

    public async Task<byte[]> PaymentsAsync(int year, int month)
    {
        var run = await payroll.FindRunAsync(year, month)
            ?? throw new DomainException($"There is no payroll for {year}-{month:00}.");
        var rows = run.Payslips.OrderBy(p => p.PaymentMethod).ThenBy(p => p.EmployeeNumber).ToList();
        using var workbook = new ExcelWorkbook().AddSheet($"Payments {run.FirstDay:MMM yyyy}", Columns, rows);
        return workbook.ToBytes();
    }
}
