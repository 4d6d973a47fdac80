using System.Text.Json;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chesanto.Domain.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> with before/after values for every change to an <see cref="IAudited"/>
/// entity, in the same transaction as the change, and stamps new versions on <see cref="IVersioned"/> rows.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>Bookkeeping noise (sign-in counters, stamps) that never makes an audit line on its own.</summary>
    private static readonly HashSet<string> Ignored =
    [
        "SecurityStamp", "ConcurrencyStamp", "AccessFailedCount", "LockoutEnd", "LastPasswordLogin", "Version",
        "NormalizedEmail", "NormalizedUserName",
    ];
    private static readonly HashSet<string> Redacted = ["PasswordHash"];

    internal sealed class Batch(IDbContextTransaction? ownTransaction)
    {
        public IDbContextTransaction? OwnTransaction { get; } = ownTransaction;
        public List<(EntityEntry Entry, AuditAction Action, Dictionary<string, object?> Changes)> Items { get; } = [];
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ChesantoDbContext db || db.PendingAudit is not null) return result;
        var items = Collect(db);
        if (items.Count == 0) return result;
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var batch = new Batch(own);
        batch.Items.AddRange(items);
        db.PendingAudit = batch;
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ChesantoDbContext db || db.PendingAudit is not { } batch) return result;
        db.PendingAudit = null; // the audit rows' own save below must not audit again
        try
        {
            var now = time.GetUtcNow();
            var actor = await db.ResolveActorAsync();
            foreach (var (entry, action, changes) in batch.Items)
                db.AuditEntries.Add(new AuditEntry
                {
                    At = now,
                    UserId = actor.UserId,
                    UserName = actor.Name,
                    IpAddress = actor.IpAddress,
                    Action = action,
                    Entity = entry.Metadata.ClrType.Name,
                    EntityKey = KeyOf(entry),
                    Changes = JsonSerializer.Serialize(changes),
                });
            await db.SaveChangesAsync(cancellationToken);
            if (batch.OwnTransaction is { } tx) await tx.CommitAsync(cancellationToken);
        }
        finally
        {
            if (batch.OwnTransaction is { } tx) await tx.DisposeAsync();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ChesantoDbContext { PendingAudit: { } batch } db) await EndAsync(db, batch);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is ChesantoDbContext db && Collect(db).Count > 0
            ? throw new InvalidOperationException("Audited changes must be saved with SaveChangesAsync.")
            : result;

    private static async Task EndAsync(ChesantoDbContext db, Batch batch)
    {
        db.PendingAudit = null;
        if (batch.OwnTransaction is { } tx) await tx.DisposeAsync();
    }

    private static List<(EntityEntry, AuditAction, Dictionary<string, object?>)> Collect(ChesantoDbContext db)
    {
        var items = new List<(EntityEntry, AuditAction, Dictionary<string, object?>)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned }) versioned.Version = Guid.NewGuid();
            if (entry is { State: EntityState.Added, Entity: IVersioned fresh } && fresh.Version == Guid.Empty) fresh.Version = Guid.NewGuid();
            if (entry.Entity is not IAudited) continue;
            var item = entry.State switch
            {
                EntityState.Added => (entry, AuditAction.Create, Values(entry, p => new { New = Shown(p, p.CurrentValue) })),
                EntityState.Deleted => (entry, AuditAction.Delete, Values(entry, p => new { Old = Shown(p, p.OriginalValue) })),
                EntityState.Modified => (entry, AuditAction.Update, Values(entry.Properties.Where(IsRealChange),
                    p => new { Old = Shown(p, p.OriginalValue), New = Shown(p, p.CurrentValue) })),
                _ => default,
            };
            if (item.entry is not null && item.Item3.Count > 0) items.Add(item);
        }
        return items;
    }

    private static bool IsRealChange(PropertyEntry p) =>
        p.IsModified && !Ignored.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue);

    private static Dictionary<string, object?> Values(EntityEntry entry, Func<PropertyEntry, object> value) =>
        Values(entry.Properties.Where(p => !Ignored.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty() && !p.Metadata.IsPrimaryKey()), value);

    private static Dictionary<string, object?> Values(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object> value) =>
        properties.ToDictionary(p => p.Metadata.Name, p => (object?)value(p));

    private static object? Shown(PropertyEntry p, object? value) =>
        Redacted.Contains(p.Metadata.Name) ? "[REDACTED]" : value is Enum e ? e.ToString() : value;

    private static string? KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
}
