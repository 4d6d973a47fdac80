using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Payroll;

/// <summary>
/// Monthly payroll runs (DOMAIN §7): created pre-filled, edited while Draft, approved (which posts the advance and
/// loan recoveries and any carried shortfall to the employees' balances), then marked paid and locked.
/// </summary>
public sealed class PayrollService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, PayrollPrefill prefill)
{
    public async Task<IReadOnlyList<PayrollRun>> ListRunsAsync()
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.PayrollRuns.AsNoTracking().Include(r => r.Payslips).OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ToListAsync();
    }

    public async Task<PayrollRun?> FindRunAsync(int year, int month)
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.PayrollRuns.AsNoTracking().Include(r => r.Payslips.OrderBy(p => p.EmployeeNumber))
            .SingleOrDefaultAsync(r => r.Year == year && r.Month == month);
    }

    /// <summary>Creates the month's run with one payslip per active employee; refused if the month already has one.</summary>
    public async Task<PayrollRun> CreateRunAsync(int year, int month)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManagePayroll);
        if (month is < 1 or > 12 || year is < 2000 or > 2100) throw new DomainException("Choose a month.", "Month");
        var first = new DateOnly(year, month, 1);
        if (first > clock.Today) throw new DomainException($"{first:MMMM yyyy} has not started yet.", "Month");
        var slips = await prefill.PayslipsAsync(first);
        var run = await dbs.InTransactionAsync(async db =>
        {
            var existing = await db.PayrollRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Year == year && r.Month == month);
            if (existing is not null) throw AlreadyExists(existing);
            var run = new PayrollRun { Year = year, Month = month, CreatedAt = clock.UtcNow, CreatedByName = actor.Name, Payslips = slips };
            var rules = await StatutoryRulesAsync(db);
            foreach (var slip in slips) ApplyStatutory(slip, rules, run.LastDay);
            db.PayrollRuns.Add(run);
            return run;
        });
        await events.PublishAsync(new PayrollChanged(run.Id, year, month));
        return run;
    }

    /// <summary>Changes a draft payslip's inputs; the statutory amounts are worked out again.</summary>
    public async Task<Payslip> UpdatePayslipAsync(int payslipId, PayslipInput input, Guid version)
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        Validate(input);
        var slip = await dbs.InTransactionAsync(async db =>
        {
            var slip = await db.Payslips.Include(p => p.Run).SingleOrDefaultAsync(p => p.Id == payslipId)
                ?? throw new DomainException("This payslip does not exist.");
            RequireDraft(slip.Run!);
            if (slip.Version != version) throw new ConcurrencyConflictException();
            (slip.DaysAbsent, slip.OvertimeMixes, slip.MpesaFeeRefund, slip.CommissionEarned) =
                (input.DaysAbsent, input.OvertimeMixes, input.MpesaFeeRefund, input.CommissionEarned);
            (slip.Lunch, slip.Advance, slip.Recovery, slip.ApplyStatutory) = (input.Lunch, input.Advance, input.Recovery, input.ApplyStatutory);
            ApplyStatutory(slip, await StatutoryRulesAsync(db), slip.Run!.LastDay);
            return slip;
        });
        await events.PublishAsync(new PayrollChanged(slip.PayrollRunId, slip.Run!.Year, slip.Run.Month));
        return slip;
    }

    public async Task<PayrollRun> ApproveAsync(int runId)
    {
        var actor = await currentUser.RequireAsync(Permissions.ApprovePayroll);
        return await ChangeAsync(runId, async (db, run) =>
        {
            RequireDraft(run);
            (run.Status, run.ApprovedAt, run.ApprovedByName) = (PayrollStatus.Approved, clock.UtcNow, actor.Name);
            foreach (var slip in run.Payslips) db.EmployeeBalanceEntries.AddRange(Recoveries(slip, run, actor));
            await Task.CompletedTask;
        });
    }

    public async Task<PayrollRun> MarkPaidAsync(int runId)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManagePayroll);
        return await ChangeAsync(runId, (_, run) =>
        {
            if (run.Status != PayrollStatus.Approved)
                throw new DomainException(run.Status == PayrollStatus.Paid ? $"{run.Label} is already paid." : "Approve the run before marking it paid.");
            (run.Status, run.PaidAt, run.PaidByName) = (PayrollStatus.Paid, clock.UtcNow, actor.Name);
            return Task.CompletedTask;
        });
    }

    /// <summary>Only a draft may be deleted (approval has already posted the recoveries).</summary>
    public async Task DeleteDraftAsync(int runId)
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        var run = await dbs.InTransactionAsync(async db =>
        {
            var run = await db.PayrollRuns.Include(r => r.Payslips).SingleOrDefaultAsync(r => r.Id == runId)
                ?? throw new DomainException("This payroll run does not exist.");
            RequireDraft(run);
            db.PayrollRuns.Remove(run);
            return run;
        });
        await events.PublishAsync(new PayrollChanged(run.Id, run.Year, run.Month));
    }

    /// <summary>
    /// A payslip: payroll staff see any; anyone else only their own (the employee whose login is linked), and only
    /// once the run is approved. Someone else's payslip is refused as if it did not exist.
    /// </summary>
    public async Task<Payslip> PayslipAsync(int payslipId)
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewOwnPayslip);
        await using var db = await dbs.CreateDbContextAsync();
        var slip = await db.Payslips.AsNoTracking().Include(p => p.Run).Include(p => p.Employee).SingleOrDefaultAsync(p => p.Id == payslipId);
        var mine = slip?.Employee?.UserId is { } owner && owner == actor.UserId && slip.Run!.Status != PayrollStatus.Draft;
        if (slip is null || !(actor.Can(Permissions.ManagePayroll) || mine)) throw new DomainException("This payslip does not exist.");
        return slip;
    }

    /// <summary>The signed-in person's approved and paid payslips, newest first.</summary>
    public async Task<IReadOnlyList<Payslip>> MyPayslipsAsync()
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewOwnPayslip);
        if (actor.UserId is null) return [];
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Payslips.AsNoTracking().Include(p => p.Run)
            .Where(p => p.Employee!.UserId == actor.UserId && p.Run!.Status != PayrollStatus.Draft)
            .OrderByDescending(p => p.Run!.Year).ThenByDescending(p => p.Run!.Month).ToListAsync();
    }

    private static IEnumerable<EmployeeBalanceEntry> Recoveries(Payslip slip, PayrollRun run, Actor actor)
    {
        EmployeeBalanceEntry Entry(BalanceAccount account, BalanceEntryKind kind, decimal amount, string what) => new()
        {
            EmployeeId = slip.EmployeeId, Day = run.LastDay, Account = account, Kind = kind, Amount = amount, PayslipId = slip.Id,
            Description = $"{what} ({run.Label} payroll)", RecordedAt = run.ApprovedAt!.Value, RecordedByName = actor.Name,
        };
        if (slip.Advance > 0) yield return Entry(BalanceAccount.Advance, BalanceEntryKind.RecoveredByPayslip, -slip.Advance, "Advance deducted");
        if (slip.Recovery > 0) yield return Entry(BalanceAccount.LoanOrDeficit, BalanceEntryKind.RecoveredByPayslip, -slip.Recovery, "Deficit/loan recovered");
        if (slip.CarriedForward > 0)
            yield return Entry(BalanceAccount.LoanOrDeficit, BalanceEntryKind.ShortfallCarried, slip.CarriedForward, "Deductions beyond pay carried forward");
    }

    private async Task<PayrollRun> ChangeAsync(int runId, Func<ChesantoDbContext, PayrollRun, Task> change)
    {
        var run = await dbs.InTransactionAsync(async db =>
        {
            var run = await db.PayrollRuns.Include(r => r.Payslips).SingleOrDefaultAsync(r => r.Id == runId)
                ?? throw new DomainException("This payroll run does not exist.");
            await change(db, run);
            return run;
        });
        await events.PublishAsync(new PayrollChanged(run.Id, run.Year, run.Month));
        return run;
    }

    private static void RequireDraft(PayrollRun run)
    {
        if (run.Status == PayrollStatus.Paid) throw new DomainException($"{run.Label} is paid and locked: it cannot be changed.");
        if (run.Status == PayrollStatus.Approved) throw new DomainException($"{run.Label} is approved: it can no longer be changed.");
    }

    private static DomainException AlreadyExists(PayrollRun run) => run.Status == PayrollStatus.Paid
        ? new DomainException($"{run.Label} is already paid; its payroll is locked and a second run is not allowed.", "Month")
        : new DomainException($"{run.Label} already has a payroll run ({run.Status}). Open it instead.", "Month");

    private static async Task<List<StatutoryRule>> StatutoryRulesAsync(ChesantoDbContext db) =>
        await db.StatutoryRules.AsNoTracking().Include(r => r.Bands).ToListAsync();

    private static void ApplyStatutory(Payslip slip, IEnumerable<StatutoryRule> rules, DateOnly day)
    {
        var s = slip.ApplyStatutory ? StatutoryCalculator.Compute(rules, day, slip.Gross) : StatutoryDeductions.None;
        (slip.Paye, slip.Nssf, slip.HealthInsurance, slip.HousingLevy) = (s.Paye, s.Nssf, s.HealthInsurance, s.HousingLevy);
    }

    private static void Validate(PayslipInput input)
    {
        if (input.DaysAbsent is < 0 or > Payslip.DaysInPayMonth)
            throw new DomainException($"Days absent are between 0 and {Payslip.DaysInPayMonth}.", nameof(Payslip.DaysAbsent));
        Money(input.OvertimeMixes, nameof(Payslip.OvertimeMixes), "Overtime mixes");
        Money(input.MpesaFeeRefund, nameof(Payslip.MpesaFeeRefund), "The M-Pesa fee refund");
        Money(input.CommissionEarned, nameof(Payslip.CommissionEarned), "Commission");
        Money(input.Lunch, nameof(Payslip.Lunch), "Lunch");
        Money(input.Advance, nameof(Payslip.Advance), "The advance");
        Money(input.Recovery, nameof(Payslip.Recovery), "The recovery");
    }

    private static void Money(decimal value, string field, string what)
    {
        if (value < 0) throw new DomainException($"{what} cannot be negative.", field);
        if (decimal.Round(value, 2) != value) throw new DomainException($"{what} is kept to the cent.", field);
    }

    internal static string Kes(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
