using Chesanto.Domain.Payroll;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>
/// "Staff Salaries" (WORKBOOK §7): the month's payslips in the workbook's columns A..W, then what Chesanto adds
/// (statutory deductions, when switched on, and the amount actually sent). Empty when the month has no payroll run.
/// </summary>
internal static class SalarySheet
{
    public const string Name = "Staff Salaries";

    public static void Add(ExcelWorkbook workbook, SalaryBook? book)
    {
        var paid = book?.PaymentDate;
        ExcelColumn<SalaryBookLine>[] columns =
        [
            new("Staff No", l => l.Slip.EmployeeNumber),
            new("Name", l => l.Slip.EmployeeName),
            new("ID No", l => l.NationalId),
            new("Position", l => l.Slip.Position),
            new("Mobile No", l => l.Mobile),
            new("Salary", l => l.Slip.MonthlySalary, CellKind.Money, Total: true),
            new("Date started", l => l.Started, CellKind.Date),
            new("Date of payment", _ => paid, CellKind.Date),
            new("Days of the month", _ => Payslip.DaysInPayMonth, CellKind.Integer),
            new("Absent", l => l.Slip.DaysAbsent, CellKind.Integer),
            new("Net days worked", l => l.Slip.DaysWorked, CellKind.Integer),
            new("Pay per day", l => l.Slip.PayPerDay, CellKind.Money),
            new("Total Basic Salary", l => l.Slip.Basic, CellKind.Money, Total: true),
            new("Overtime (per mix)", l => l.Slip.OvertimeMixes, CellKind.Quantity, 1),
            new("Rate per mix", l => l.Slip.OvertimeRate, CellKind.Money),
            new("Total overtime", l => l.Slip.Overtime, CellKind.Money, Total: true),
            new("Transaction fees refund", l => l.Slip.MpesaFeeRefund, CellKind.Money, Total: true),
            new("Commission earned", l => l.Slip.CommissionEarned, CellKind.Money, Total: true),
            new("Lunch allowance", l => l.Slip.Lunch, CellKind.Money, Total: true),
            new("Total expected Gross Salary", l => l.Slip.Gross, CellKind.Money, Total: true),
            new("Advance payment", l => l.Slip.Advance, CellKind.Money, Total: true),
            new("Deficit/Loan Recovery", l => l.Slip.Recovery, CellKind.Money, Total: true),
            new("Statutory deductions", l => l.Slip.Statutory, CellKind.Money, Total: true),
            new("Total Net Salary", l => l.Slip.Net, CellKind.Money, Total: true),
            new("Amount to pay", l => l.Slip.ToPay, CellKind.Money, Total: true),
        ];
        workbook.AddSheet(Name, columns, book?.Lines ?? [], book is null ? null : "Total");
    }
}
