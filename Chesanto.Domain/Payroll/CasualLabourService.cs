using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Payroll;

/// <summary>Casual labour entries, pending until paid (bulk "mark paid").</summary>
public sealed class CasualLabourService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock)
{
    public async Task<IReadOnlyList<CasualLabour>> ListAsync(DateOnly from, DateOnly to)
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.CasualLabour.AsNoTracking().Where(c => c.Day >= from && c.Day <= to).OrderByDescending(c => c.Day).ThenByDescending(c => c.Id).ToListAsync();
    }

    public async Task<CasualLabour> AddAsync(CasualInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManagePayroll);
        if (input.Day > clock.Today) throw new DomainException("The day cannot be in the future.", nameof(CasualLabour.Day));
        if (string.IsNullOrWhiteSpace(input.Workers)) throw new DomainException("Name the workers.", nameof(CasualLabour.Workers));
        if (input.WorkerCount < 1) throw new DomainException("At least one worker.", nameof(CasualLabour.WorkerCount));
        if (string.IsNullOrWhiteSpace(input.Task)) throw new DomainException("Say what the task was.", nameof(CasualLabour.Task));
        if (input.Rate <= 0 || decimal.Round(input.Rate, 2) != input.Rate) throw new DomainException("Enter a rate in KES, more than zero.", nameof(CasualLabour.Rate));
        if (!Enum.IsDefined(input.Unit)) throw new DomainException("Choose per day or per week.", nameof(CasualLabour.Unit));
        if (input.Periods <= 0 || decimal.Round(input.Periods, 2) != input.Periods)
            throw new DomainException("Enter how many days or weeks, more than zero.", nameof(CasualLabour.Periods));
        return await dbs.InTransactionAsync(db =>
        {
            var entry = new CasualLabour
            {
                Day = input.Day, Workers = input.Workers.Trim(), WorkerCount = input.WorkerCount, Task = input.Task.Trim(), Rate = input.Rate,
                Unit = input.Unit, Periods = input.Periods, RecordedAt = clock.UtcNow, RecordedByName = actor.Name,
            };
            db.CasualLabour.Add(entry);
            return Task.FromResult(entry);
        });
    }

    /// <summary>Marks the chosen pending entries paid; already paid ones are left as they were. Returns how many changed.</summary>
    public async Task<int> MarkPaidAsync(IReadOnlyCollection<int> ids)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManagePayroll);
        if (ids.Count == 0) throw new DomainException("Tick the entries that were paid.");
        return await dbs.InTransactionAsync(async db =>
        {
            var pending = await db.CasualLabour.Where(c => ids.Contains(c.Id) && c.Status == CasualStatus.Pending).ToListAsync();
            foreach (var c in pending) (c.Status, c.PaidAt, c.PaidByName) = (CasualStatus.Paid, clock.UtcNow, actor.Name);
            return pending.Count;
        });
    }

    public async Task DeleteAsync(int id)
    {
        await currentUser.RequireAsync(Permissions.ManagePayroll);
        await dbs.InTransactionAsync(async db =>
        {
            var entry = await db.CasualLabour.SingleOrDefaultAsync(c => c.Id == id) ?? throw new DomainException("This entry does not exist.");
            if (entry.Status == CasualStatus.Paid) throw new DomainException("A paid entry cannot be deleted.");
            db.CasualLabour.Remove(entry);
            return 0;
        });
    }
}
