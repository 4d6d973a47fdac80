using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Payroll;

/// <summary>Advances, loans and deficits per employee as running balances over their rows (recovered via payroll).</summary>
public sealed class EmployeeBalances(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock)
{
    public async Task<EmployeeBalanceEntry> RecordAsync(BalanceEntryInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManagePayroll);
        if (input.Kind is BalanceEntryKind.RecoveredByPayslip or BalanceEntryKind.ShortfallCarried || !Enum.IsDefined(input.Kind))
            throw new DomainException("Payslip recoveries are posted by approving the payroll.", nameof(EmployeeBalanceEntry.Kind));
        if (input.Amount <= 0) throw new DomainException("Enter an amount more than zero.", nameof(EmployeeBalanceEntry.Amount));
        if (decimal.Round(input.Amount, 2) != input.Amount) throw new DomainException("Amounts are kept to the cent.", nameof(EmployeeBalanceEntry.Amount));
        if (input.Day > clock.Today) throw new DomainException("The day cannot be in the future.", nameof(EmployeeBalanceEntry.Day));
        return await dbs.InTransactionAsync(async db =>
        {
            if (!await db.Employees.AnyAsync(e => e.Id == input.EmployeeId))
                throw new DomainException("Choose an employee.", nameof(EmployeeBalanceEntry.EmployeeId));
            var entry = new EmployeeBalanceEntry
            {
                EmployeeId = input.EmployeeId, Day = input.Day, Kind = input.Kind, Account = EmployeeBalanceEntry.AccountOf(input.Kind),
                Amount = input.Kind == BalanceEntryKind.RepaidInCash ? -input.Amount : input.Amount,
                Description = string.IsNullOrWhiteSpace(input.Description) ? input.Kind.ToString() : input.Description.Trim(),
                RecordedAt = clock.UtcNow, RecordedByName = actor.Name,
            };
            db.EmployeeBalanceEntries.Add(entry);
            return entry;
        });
    }

    /// <summary>Every employee with something owed (or once owed), with the two running balances.</summary>
    public async Task<IReadOnlyList<EmployeeBalance>> BalancesAsync()
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        await using var db = await dbs.CreateDbContextAsync();
        var rows = await db.EmployeeBalanceEntries.AsNoTracking().Select(e => new { e.EmployeeId, e.Account, e.Amount }).ToListAsync();
        var employees = await db.Employees.AsNoTracking().ToDictionaryAsync(e => e.Id);
        return rows.GroupBy(r => r.EmployeeId).Select(g => new EmployeeBalance(g.Key, employees[g.Key].EmployeeNumber, employees[g.Key].FullName,
                g.Where(r => r.Account == BalanceAccount.Advance).Sum(r => r.Amount), g.Where(r => r.Account == BalanceAccount.LoanOrDeficit).Sum(r => r.Amount)))
            .OrderBy(b => b.EmployeeNumber).ToList();
    }

    public async Task<EmployeeBalance> BalanceAsync(int employeeId) =>
        (await BalancesAsync()).SingleOrDefault(b => b.EmployeeId == employeeId) ?? new EmployeeBalance(employeeId, "", "", 0m, 0m);

    public async Task<IReadOnlyList<EmployeeBalanceEntry>> HistoryAsync(int employeeId)
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.EmployeeBalanceEntries.AsNoTracking().Where(e => e.EmployeeId == employeeId).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<Employee>> EmployeesAsync()
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Employees.AsNoTracking().Where(e => e.Status == EmploymentStatus.Active).OrderBy(e => e.EmployeeNumber).ToListAsync();
    }
}
