using Chesanto.Domain.Attendance;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Chesanto.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Payroll;

/// <summary>
/// What a new run starts with, per active employee: days absent from attendance (0 when nobody clocked the person
/// that month: attendance not kept for them), the sales bonus of the routes linked to the employee (the per-unit
/// commission is kept back before banking, so it is not paid again), the outstanding advances, and last month's
/// lunch and statutory switch (lunch 500 for someone new). Everything stays editable while the run is a draft.
/// </summary>
public sealed class PayrollPrefill(IDbContextFactory<ChesantoDbContext> dbs, AttendanceReports attendance, SalesQueries sales)
{
    public const decimal DefaultLunch = 500m;

    public async Task<List<Payslip>> PayslipsAsync(DateOnly month)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var employees = await db.Employees.AsNoTracking()
            .Where(e => e.Status == EmploymentStatus.Active && e.Type != EmploymentType.Casual && e.HireDate <= month.AddMonths(1).AddDays(-1))
            .OrderBy(e => e.EmployeeNumber).ToListAsync();
        var absences = (await attendance.SummaryAsync(AttendancePeriod.MonthOf(month)))
            .Where(s => s.DaysPresent + s.DaysLeave > 0).ToDictionary(s => s.EmployeeId, s => s.DaysAbsent);
        var routes = await db.SalesRecipients.AsNoTracking().Where(r => r.EmployeeId != null).ToDictionaryAsync(r => r.Id, r => r.EmployeeId!.Value);
        var bonuses = (await sales.MonthCommissionsAsync(month)).Where(s => routes.ContainsKey(s.RecipientId))
            .GroupBy(s => routes[s.RecipientId]).ToDictionary(g => g.Key, g => g.Sum(s => s.Bonus));
        var advances = (await db.EmployeeBalanceEntries.AsNoTracking().Where(e => e.Account == BalanceAccount.Advance)
            .Select(e => new { e.EmployeeId, e.Amount }).ToListAsync()).GroupBy(e => e.EmployeeId).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
        var previous = (await db.Payslips.AsNoTracking().Include(p => p.Run).ToListAsync())
            .GroupBy(p => p.EmployeeId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Run!.Year * 100 + p.Run.Month)!);
        return employees.Select(e => new Payslip
        {
            EmployeeId = e.Id, EmployeeNumber = e.EmployeeNumber, EmployeeName = e.FullName, Position = e.Position, Department = e.Department,
            MpesaNumber = e.MpesaNumber, BankName = e.BankName, BankAccount = e.BankAccount,
            MonthlySalary = e.BasicSalary, OvertimeRate = e.OvertimeRatePerMix,
            DaysAbsent = Math.Min(Payslip.DaysInPayMonth, absences.GetValueOrDefault(e.Id)),
            CommissionEarned = bonuses.GetValueOrDefault(e.Id),
            Advance = Math.Max(0m, advances.GetValueOrDefault(e.Id)),
            Lunch = previous.TryGetValue(e.Id, out var last) ? last.Lunch : DefaultLunch,
            ApplyStatutory = last?.ApplyStatutory ?? false,
        }).ToList();
    }
}
