using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Audit;

public sealed record AuditRecorded(AuditEntry Entry) : IDomainEvent;

public sealed record AuditFilter(string? Entity = null, AuditAction? Action = null, string? User = null,
    DateOnly? From = null, DateOnly? To = null, int Skip = 0, int Take = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);

/// <summary>Security events (logins, failures, role changes) and browsing the log.</summary>
public sealed class AuditLog(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, TimeProvider time, IEventHub events)
{
    public async Task RecordAsync(AuditAction action, string? userId, string userName, string message, string? ip = null)
    {
        var entry = new AuditEntry
        {
            At = time.GetUtcNow(), Action = action, UserId = userId, UserName = userName,
            Entity = "Account", EntityKey = userId, Message = message, IpAddress = ip,
        };
        await using var db = await dbs.CreateDbContextAsync();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        await events.PublishAsync(new AuditRecorded(entry));
    }

    /// <summary>Superadmins see everything; admins everything except superadmins' actions; others their own (DOMAIN §1.6).</summary>
    public async Task<AuditPage> SearchAsync(AuditFilter filter)
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewAudit);
        await using var db = await dbs.CreateDbContextAsync();
        var query = db.AuditEntries.AsNoTracking();
        if (actor.Role < Role.Superadmin)
        {
            var superadmins = db.Users.Where(u => u.Role == Role.Superadmin).Select(u => u.Id);
            query = query.Where(a => a.UserId == null || !superadmins.Contains(a.UserId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Entity)) query = query.Where(a => a.Entity == filter.Entity);
        if (filter.Action is { } action) query = query.Where(a => a.Action == action);
        if (!string.IsNullOrWhiteSpace(filter.User)) query = query.Where(a => a.UserName.Contains(filter.User));
        if (filter.From is { } from) query = query.Where(a => a.At >= StartOf(from));
        if (filter.To is { } to) query = query.Where(a => a.At < StartOf(to.AddDays(1)));
        var total = await query.CountAsync();
        var entries = await query.OrderByDescending(a => a.Id).Skip(filter.Skip).Take(filter.Take).ToListAsync();
        return new AuditPage(entries, total);
    }

    public async Task<IReadOnlyList<string>> EntitiesAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewAudit);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.AuditEntries.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync();
    }

    private static DateTimeOffset StartOf(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), BusinessClock.Nairobi.BaseUtcOffset);
}
