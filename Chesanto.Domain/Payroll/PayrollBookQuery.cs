using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Payroll;

/// <summary>A payslip with the employee details the workbook's "Staff Salaries" sheet shows beside it (WORKBOOK §7).</summary>
public sealed record SalaryBookLine(Payslip Slip, string? NationalId, string? Mobile, DateOnly? Started);

public sealed record SalaryBook(PayrollRun Run, DateOnly PaymentDate, IReadOnlyList<SalaryBookLine> Lines);

/// <summary>The month's payroll run for the books, or null when the month has none.</summary>
public sealed class PayrollBookQuery(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    public async Task<SalaryBook?> MonthAsync(int year, int month)
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        await using var db = await dbs.CreateDbContextAsync();
        var run = await db.PayrollRuns.AsNoTracking().Include(r => r.Payslips).ThenInclude(p => p.Employee)
            .SingleOrDefaultAsync(r => r.Year == year && r.Month == month);
        if (run is null) return null;
        var paid = run.PaidAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, BusinessClock.Nairobi).DateTime) : run.LastDay;
        var lines = run.Payslips.OrderBy(p => p.EmployeeNumber)
            .Select(p => new SalaryBookLine(p, p.Employee?.NationalId, p.Employee?.PhonePrimary, p.Employee?.HireDate)).ToList();
        return new SalaryBook(run, paid, lines);
    }
}
