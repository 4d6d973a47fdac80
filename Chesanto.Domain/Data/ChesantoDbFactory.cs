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
        db.ActingUser = currentUser;
        return db;
    }

    public async Task<ChesantoDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        var db = await inner.CreateDbContextAsync(cancellationToken);
        db.ActingUser = currentUser;
        return db;
    }
}
