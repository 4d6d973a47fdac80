using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;

namespace Chesanto.Domain.Payroll;

public enum PayrollStatus { Draft, Approved, Paid }

/// <summary>
/// One month's pay for the permanent staff (DOMAIN §7, workbook "Staff Salaries"). Draft → Approved → Paid, each step
/// stamped; only a draft is edited or deleted, and a paid month is locked for good.
/// </summary>
public class PayrollRun : IAudited, IVersioned
{
    public int Id { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public PayrollStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public string? PaidByName { get; set; }
    public Guid Version { get; set; }

    public List<Payslip> Payslips { get; set; } = [];

    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);
    public string Label => $"{FirstDay:MMMM yyyy}";
    public decimal Gross => Payslips.Sum(p => p.Gross);
    public decimal Deductions => Payslips.Sum(p => p.Deductions);
    public decimal Net => Payslips.Sum(p => p.Net);
    public decimal ToPay => Payslips.Sum(p => p.ToPay);
}

/// <summary>
/// One employee's line of a run, as the workbook computes it: basic = (30 − days absent) × salary / 30, rounded to the
/// cent once (11,500 with 5 days absent is 9,583.33); gross adds overtime, M-Pesa fee refund, commission and lunch;
/// net takes off the advance, the deficit/loan recovery and (only when switched on) statutory deductions.
/// A negative net is paid as nothing and its shortfall is carried to the employee's loan balance.
/// </summary>
public class Payslip : IAudited, IVersioned
{
    public const int DaysInPayMonth = 30;

    public int Id { get; set; }
    public int PayrollRunId { get; set; }
    public PayrollRun? Run { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
    public string EmployeeNumber { get; set; } = "";
    public string EmployeeName { get; set; } = "";
    public string Position { get; set; } = "";
    public Department Department { get; set; }
    public string? MpesaNumber { get; set; }
    public string? BankName { get; set; }
    public string? BankAccount { get; set; }

    public decimal MonthlySalary { get; set; }
    public int DaysAbsent { get; set; }
    public decimal OvertimeMixes { get; set; }
    public decimal OvertimeRate { get; set; }
    public decimal MpesaFeeRefund { get; set; }
    public decimal CommissionEarned { get; set; }
    public decimal Lunch { get; set; }
    public decimal Advance { get; set; }
    public decimal Recovery { get; set; }
    public bool ApplyStatutory { get; set; }
    public decimal Paye { get; set; }
    public decimal Nssf { get; set; }
    public decimal HealthInsurance { get; set; }
    public decimal HousingLevy { get; set; }
    public Guid Version { get; set; }

    public decimal PayPerDay => Math.Round(MonthlySalary / DaysInPayMonth, 2);
    public int DaysWorked => DaysInPayMonth - DaysAbsent;
    public decimal Basic => Math.Round(MonthlySalary * DaysWorked / DaysInPayMonth, 2);
    public decimal Overtime => Math.Round(OvertimeMixes * OvertimeRate, 2);
    public decimal Gross => Basic + Overtime + MpesaFeeRefund + CommissionEarned + Lunch;
    public decimal Statutory => Paye + Nssf + HealthInsurance + HousingLevy;
    public decimal Deductions => Advance + Recovery + Statutory;
    public decimal Net => Gross - Deductions;
    /// <summary>What is sent to the employee: never less than nothing.</summary>
    public decimal ToPay => Math.Max(0m, Net);
    /// <summary>Deductions beyond the pay, owed on the loan balance from next month.</summary>
    public decimal CarriedForward => Math.Max(0m, -Net);
    public string PaymentMethod => !string.IsNullOrWhiteSpace(MpesaNumber) ? "M-Pesa" : !string.IsNullOrWhiteSpace(BankAccount) ? "Bank" : "Cash";
}

/// <summary>What the clerk types on a draft payslip; everything else is derived.</summary>
public sealed record PayslipInput(int DaysAbsent, decimal OvertimeMixes, decimal MpesaFeeRefund, decimal CommissionEarned,
    decimal Lunch, decimal Advance, decimal Recovery, bool ApplyStatutory);

public sealed record PayrollChanged(int RunId, int Year, int Month) : IDomainEvent;
