using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounting;

/// <summary>Closing and reopening months of the books (see <see cref="AccountingPeriod"/>).</summary>
public sealed class AccountingPeriods(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock)
{
    public async Task<PeriodStatus> StatusAsync(int year, int month)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        await using var db = await dbs.CreateDbContextAsync();
        return await StatusOfAsync(db, year, month);
    }

    public async Task CloseAsync(int year, int month)
    {
        await currentUser.RequireAsync(Permissions.ManageExpenses);
        await SetAsync(year, month, PeriodStatus.Closed);
    }

    /// <summary>Only the CEO reopens a closed month (P19: closed books are his).</summary>
    public async Task ReopenAsync(int year, int month)
    {
        await currentUser.RequireAsync(Permissions.EditClosedBooks);
        await SetAsync(year, month, PeriodStatus.Open);
    }

    private async Task SetAsync(int year, int month, PeriodStatus status)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2100) throw new DomainException("Choose a month.", "Month");
        var actor = await currentUser.GetAsync();
        await dbs.InTransactionAsync(async db =>
        {
            var period = await db.AccountingPeriods.SingleOrDefaultAsync(p => p.Year == year && p.Month == month);
            if (period is null) db.AccountingPeriods.Add(period = new AccountingPeriod { Year = year, Month = month });
            period.Status = status;
            (period.ChangedByName, period.ChangedAt) = (actor.Name, clock.UtcNow);
            return period;
        });
    }

    internal static async Task<PeriodStatus> StatusOfAsync(ChesantoDbContext db, int year, int month) =>
        await db.AccountingPeriods.Where(p => p.Year == year && p.Month == month).Select(p => (PeriodStatus?)p.Status).SingleOrDefaultAsync()
            ?? PeriodStatus.Open;

    /// <summary>Refuses a change dated in a closed month, naming the month and the field at fault.</summary>
    internal static async Task RequireOpenAsync(ChesantoDbContext db, DateOnly day, string field = "Date")
    {
        if (await StatusOfAsync(db, day.Year, day.Month) == PeriodStatus.Closed)
            throw new DomainException($"The books for {day.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} are closed; only the CEO can reopen them.", field);
    }
}
