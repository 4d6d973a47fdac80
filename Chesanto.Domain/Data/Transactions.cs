using System.Data.Common;
using Chesanto.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Data;

public static class Transactions
{
    public const int Attempts = 8;

    /// <summary>
    /// One business operation as one transaction on a fresh context. A write conflict (another clerk's guard bump, a
    /// unique key, a busy database) starts the whole operation over, so it re-reads what changed; after
    /// <see cref="Attempts"/> tries the clerk is told to try again. Refusals (<see cref="DomainException"/>) pass through.
    /// Publish events only after this returns: then the transaction has committed.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this IDbContextFactory<ChesantoDbContext> dbs, Func<ChesantoDbContext, Task<T>> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await dbs.CreateDbContextAsync();
                await using var tx = await db.Database.BeginTransactionAsync();
                var result = await work(db);
                await db.SaveChangesAsync();
                await tx.CommitAsync();
                return result;
            }
            catch (Exception e) when (e is DbUpdateException or DbException)
            {
                if (attempt >= Attempts) throw new ConcurrencyConflictException();
                await Task.Delay(Random.Shared.Next(5, 20 * attempt));
            }
        }
    }
}
