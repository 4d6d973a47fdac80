using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Web.Hosting;

/// <summary>Domain services for timed jobs: a job has no signed-in user, so it acts, and is audited, as the system.</summary>
public static class SystemActor
{
    /// <summary>Builds <typeparamref name="TService"/> from the scope with the system as the acting user of its checks and its saves.</summary>
    public static TService Create<TService>(IServiceProvider scope) where TService : notnull =>
        ActivatorUtilities.CreateInstance<TService>(scope, new FixedCurrentUser(Actor.System),
            new SystemDbFactory(scope.GetRequiredService<IDbContextFactory<ChesantoDbContext>>()));

    /// <summary>The Nairobi day a daily run was due for: a run missed until after midnight still works on that day.</summary>
    public static DateOnly DueDay(DateTimeOffset scheduledFire) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduledFire, BusinessClock.Nairobi).DateTime);

    private sealed class SystemDbFactory(IDbContextFactory<ChesantoDbContext> inner) : IDbContextFactory<ChesantoDbContext>
    {
        public ChesantoDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.Actor = Actor.System;
            return db;
        }

        public async Task<ChesantoDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            var db = await inner.CreateDbContextAsync(cancellationToken);
            db.Actor = Actor.System;
            return db;
        }
    }
}
