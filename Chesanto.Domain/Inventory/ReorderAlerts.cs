using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Inventory;

/// <summary>The level an item was last alerted at. No row means Ok: nothing to tell anyone.</summary>
public class ReorderAlertState
{
    public int InventoryItemId { get; set; }
    public StockLevel Level { get; set; }
    public DateTimeOffset AlertedAt { get; set; }
}

internal sealed class ReorderAlertStateConfiguration : IEntityTypeConfiguration<ReorderAlertState>
{
    public void Configure(EntityTypeBuilder<ReorderAlertState> b)
    {
        b.ToTable("ReorderAlertStates");
        b.HasKey(s => s.InventoryItemId);
        b.Property(s => s.InventoryItemId).ValueGeneratedNever();
        b.HasOne<InventoryItem>().WithMany().HasForeignKey(s => s.InventoryItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Some items changed reorder level and the accountants were told.</summary>
public sealed record ReorderAlertsSent(IReadOnlyList<ReorderStatus> Items) : IDomainEvent;

/// <summary>
/// Tells the accountants (active users with the Accountant role) once per level change of an item (DOMAIN §3.2
/// "Reorder", §11 "Stock check"): LOW, CRITICAL and OUT are emailed; back to Ok resets silently. The last alerted
/// level is stored, so a second check, a restart or the 08:00 run sends nothing new.
/// </summary>
public sealed class ReorderAlertService(IDbContextFactory<ChesantoDbContext> dbs, BusinessClock clock, IEmailSender email,
    AppLinks links, IEventHub events)
{
    // Checks run after every posting and at 08:00; one at a time, so two postings at once cannot both send.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Compares every item's level with the last alerted one, emails the worsened ones, stores the new levels.</summary>
    public async Task<IReadOnlyList<ReorderStatus>> CheckAsync(CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            var statuses = await new ReorderAdvisor(dbs, new FixedCurrentUser(Actor.System), clock).StatusAsync();
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            db.Actor = Actor.System;
            var states = await db.Set<ReorderAlertState>().ToDictionaryAsync(s => s.InventoryItemId, cancellationToken);
            var changed = statuses
                .Where(s => s.Level != (states.TryGetValue(s.InventoryItemId, out var state) ? state.Level : StockLevel.Ok))
                .ToList();
            if (changed.Count == 0) return [];

            var alerts = changed.Where(s => s.Level != StockLevel.Ok).ToList();
            if (alerts.Count > 0)
            {
                var accountants = await db.Users
                    .Where(u => u.Role == Role.Admin && u.IsActive && u.DeletedAt == null && u.Email != null)
                    .Select(u => u.Email!).ToListAsync(cancellationToken);
                // Sent before the levels are stored: a failed send leaves the change to the next check.
                foreach (var to in accountants) await email.SendAsync(ReorderEmails.Alert(to, alerts, links), cancellationToken);
            }
            foreach (var status in changed)
            {
                states.TryGetValue(status.InventoryItemId, out var state);
                if (status.Level == StockLevel.Ok) { db.Remove(state!); continue; }
                if (state is null) db.Add(state = new ReorderAlertState { InventoryItemId = status.InventoryItemId });
                state.Level = status.Level;
                state.AlertedAt = clock.UtcNow;
            }
            await db.SaveChangesAsync(cancellationToken);
            if (alerts.Count > 0) await events.PublishAsync(new ReorderAlertsSent(alerts));
            return changed;
        }
        finally { OneAtATime.Release(); }
    }
}

/// <summary>The reorder email, in the bakery's plain words.</summary>
public static class ReorderEmails
{
    public static EmailMessage Alert(string to, IReadOnlyList<ReorderStatus> items, AppLinks links)
    {
        var worst = items.Max(i => i.Level);
        var subject = items.Count == 1
            ? $"{Label(items[0].Level)} stock: {items[0].ItemName}"
            : $"{Label(worst)} stock: {items.Count} items need reordering";
        var lines = items.OrderByDescending(i => i.Level).ThenBy(i => i.ItemName).Select(i =>
            $"- {i.ItemName}: {Label(i.Level)}, {i.Stock:0.###} {i.Unit} left"
            + (i.DaysRemaining is { } days ? $", about {days} day{(days == 1 ? "" : "s")} of use" : "")
            + $" (reorder level {i.ReorderLevel:0.###} {i.Unit})");
        return new EmailMessage(to, subject,
            $"""
            Hello,

            These items need reordering:

            {string.Join("\n", lines)}

            See the stock board: {links.To("inventory")}

            You are told once per change of level; nothing more is sent until an item's level changes again.
            """);
    }

    public static string Label(StockLevel level) => level switch
    {
        StockLevel.Out => "OUT",
        StockLevel.Critical => "CRITICAL",
        StockLevel.Low => "LOW",
        _ => "OK",
    };
}
