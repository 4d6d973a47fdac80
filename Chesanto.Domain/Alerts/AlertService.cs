using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Chesanto.Domain.Alerts;

/// <summary>
/// The in-app alerts (DOMAIN §5.3, §9): raised by the system, seen and resolved by the Accountant (Role.Admin, alerts
/// marked for the Accountant) and the CEO (Role.Superadmin, every alert, Q16). Raising also emails the audience.
/// </summary>
public sealed class AlertService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, IEmailSender email, AppLinks links, ILogger<AlertService> log)
{
    /// <summary>
    /// Stores and announces an alert; called by domain code after its own transaction committed (no permission check).
    /// Returns null, raising nothing, while an open alert of the same kind and subject exists.
    /// </summary>
    public async Task<Alert?> RaiseAsync(AlertDraft draft)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Title);
        var alert = await dbs.InTransactionAsync(async db =>
        {
            db.Actor = Actor.System;
            if (draft.SubjectKey is not null
                && await db.Alerts.AnyAsync(a => a.Kind == draft.Kind && a.SubjectKey == draft.SubjectKey && a.ResolvedAt == null))
                return null;
            var alert = new Alert
            {
                Kind = draft.Kind, Severity = draft.Severity, Title = draft.Title.Trim(), Message = draft.Message.Trim(),
                Link = string.IsNullOrWhiteSpace(draft.Link) ? null : draft.Link.Trim(), ToAccountant = draft.ToAccountant,
                ToCeo = draft.ToCeo, SubjectKey = draft.SubjectKey, RaisedAt = clock.UtcNow, BusinessDay = clock.Today,
            };
            db.Alerts.Add(alert);
            return alert;
        });
        if (alert is null) return null;
        await events.PublishAsync(new AlertRaised(alert.Id));
        await EmailAudienceAsync(alert);
        return alert;
    }

    /// <summary>Open alerts this actor may see, newest first.</summary>
    public async Task<IReadOnlyList<Alert>> OpenAsync()
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewAlerts);
        await using var db = await dbs.CreateDbContextAsync();
        return await VisibleTo(db.Alerts.AsNoTracking(), actor).Where(a => a.ResolvedAt == null)
            .OrderByDescending(a => a.Id).ToListAsync();
    }

    public async Task<int> OpenCountAsync()
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewAlerts);
        await using var db = await dbs.CreateDbContextAsync();
        return await VisibleTo(db.Alerts, actor).CountAsync(a => a.ResolvedAt == null);
    }

    /// <summary>Open and resolved alerts this actor may see, newest first.</summary>
    public async Task<IReadOnlyList<Alert>> RecentAsync(int take = 100)
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewAlerts);
        await using var db = await dbs.CreateDbContextAsync();
        return await VisibleTo(db.Alerts.AsNoTracking(), actor).OrderByDescending(a => a.Id).Take(take).ToListAsync();
    }

    /// <summary>Closes an alert with a note of what was found and done; an alert is resolved once.</summary>
    public async Task ResolveAsync(int alertId, string resolution)
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewAlerts);
        await dbs.InTransactionAsync(async db =>
        {
            var alert = await VisibleTo(db.Alerts, actor).SingleOrDefaultAsync(a => a.Id == alertId)
                ?? throw new DomainException("This alert does not exist.");
            alert.Resolve(actor, clock.UtcNow, resolution);
            return alert;
        });
        await events.PublishAsync(new AlertResolved(alertId));
    }

    /// <summary>The CEO sees every alert; the Accountant those marked for the Accountant.</summary>
    private static IQueryable<Alert> VisibleTo(IQueryable<Alert> alerts, Actor actor) =>
        actor.Role >= Role.Superadmin ? alerts : alerts.Where(a => a.ToAccountant);

    private async Task EmailAudienceAsync(Alert alert)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync();
            var recipients = await db.Users
                .Where(u => u.IsActive && u.DeletedAt == null && u.Email != null
                    && ((alert.ToAccountant && u.Role == Role.Admin) || (alert.ToCeo && u.Role == Role.Superadmin)))
                .Select(u => u.Email!).ToListAsync();
            foreach (var to in recipients.Distinct(StringComparer.OrdinalIgnoreCase))
                await email.SendAsync(AlertEmails.Raised(to, alert, links));
        }
        catch (Exception e)
        {
            // The alert is stored and on every bell already; a mail outage must not fail the sale that raised it.
            log.LogError(e, "Could not email alert {AlertId} ({Kind})", alert.Id, alert.Kind);
        }
    }
}

/// <summary>The alert email, in the bakery's plain words.</summary>
public static class AlertEmails
{
    public static EmailMessage Raised(string to, Alert alert, AppLinks links) => new(to,
        $"{Label(alert.Severity)}: {alert.Title}",
        $"""
        Hello,

        {alert.Message}

        {(alert.Link is { } link ? $"Open it: {links.To(link)}\n" : "")}All open alerts: {links.To("alerts")}

        Nothing has been deducted from anyone: look into it, then resolve the alert with a note of what you found.
        """);

    public static string Label(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => "CRITICAL",
        AlertSeverity.Warning => "Warning",
        _ => "Notice",
    };
}
