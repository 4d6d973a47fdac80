using Chesanto.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Data;

/// <summary>
/// Hands out one short-lived context per operation, whatever the provider, stamped with the acting
/// user so the audit log can name them.
/// </summary>
public sealed class ChesantoDbFactory<TProvider>(IDbContextFactory<TProvider> inner, ICurrentUser currentUser)
    : IDbContextFactory<ChesantoDbContext> where TProvider : ChesantoDbContext
{
    public ChesantoDbContext CreateDbContext()
    {
        var db = inner.CreateDbContext();
        // The actor is cached per request/circuit by ICurrentUser, so this completes synchronously there.
        db.Actor = currentUser.GetAsync().AsTask().GetAwaiter().GetResult();
        return db;
    }

    public async Task<ChesantoDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        var db = await inner.CreateDbContextAsync(cancellationToken);
        db.Actor = await currentUser.GetAsync();
        return db;
    }
}
