using Chesanto.Domain.Audit;
using Chesanto.Domain.People;

namespace Chesanto.Domain.Payroll;

/// <summary>Salary advances are taken back in the month; loans and sales deficits are recovered over months.</summary>
public enum BalanceAccount { Advance, LoanOrDeficit }

public enum BalanceEntryKind { AdvanceGiven, LoanGiven, DeficitCharged, RecoveredByPayslip, ShortfallCarried, RepaidInCash }

/// <summary>
/// One movement of what an employee owes the bakery (a receivable, never revenue: Q23). Positive adds to the debt,
/// negative reduces it. The balance is always the sum of the rows; nothing stores it.
/// </summary>
public class EmployeeBalanceEntry : IAudited
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
    public DateOnly Day { get; set; }
    public BalanceAccount Account { get; set; }
    public BalanceEntryKind Kind { get; set; }
    public decimal Amount { get; set; }
    public string Description { get; set; } = "";
    public int? PayslipId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedByName { get; set; } = "";

    public static BalanceAccount AccountOf(BalanceEntryKind kind) =>
        kind == BalanceEntryKind.AdvanceGiven ? BalanceAccount.Advance : BalanceAccount.LoanOrDeficit;
}

public sealed record EmployeeBalance(int EmployeeId, string EmployeeNumber, string Name, decimal Advance, decimal LoanOrDeficit)
{
    public decimal Total => Advance + LoanOrDeficit;
}

/// <summary>A clerk's entry: an advance or loan handed out, a deficit charged, or cash paid back.</summary>
public sealed record BalanceEntryInput(int EmployeeId, DateOnly Day, BalanceEntryKind Kind, decimal Amount, string Description);
