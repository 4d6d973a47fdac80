using Chesanto.Domain.Accounts;
using Chesanto.Domain.Books;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Chesanto.Domain.Reports;

/// <summary>
/// Stored daily, weekly and monthly reports (DOMAIN §8.1): generated once (by the jobs, or on demand), emailed as a
/// summary and a link to whoever opted in, regenerated only by a superadmin who says why.
/// </summary>
public sealed class ReportService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEmailSender email, AppLinks links, ILogger<ReportService> log)
{
    /// <summary>Stores the report of the period unless it exists (then returns the stored one unchanged), and emails it once.</summary>
    public async Task<StoredReport> GenerateAsync(ReportKind kind, DateOnly periodStart)
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewReports);
        var end = CheckPeriod(kind, periodStart);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var existing = await db.StoredReports.AsNoTracking().SingleOrDefaultAsync(r => r.Kind == kind && r.PeriodStart == periodStart);
            if (existing is not null) return existing;
        }
        var snapshot = await SnapshotAsync(kind, periodStart, end);
        var (report, created) = await dbs.InTransactionAsync(async db =>
        {
            var existing = await db.StoredReports.SingleOrDefaultAsync(r => r.Kind == kind && r.PeriodStart == periodStart);
            if (existing is not null) return (existing, false);
            var report = new StoredReport
            {
                Kind = kind, PeriodStart = periodStart, PeriodEnd = end, SnapshotJson = snapshot.Write(),
                GeneratedAt = clock.UtcNow, GeneratedByName = actor.Name,
            };
            db.StoredReports.Add(report);
            return (report, true);
        });
        if (created) await EmailAsync(report, snapshot, corrected: false);
        return report;
    }

    /// <summary>
    /// Superadmin only, after correcting closed books: the current snapshot is kept as a superseded revision with who
    /// replaced it and why, and the figures are taken again.
    /// </summary>
    public async Task<StoredReport> RegenerateAsync(ReportKind kind, DateOnly periodStart, string reason)
    {
        var actor = await currentUser.RequireAsync(Permissions.RegenerateReports);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the report is regenerated.", "Reason");
        var end = CheckPeriod(kind, periodStart);
        var snapshot = await SnapshotAsync(kind, periodStart, end);
        var report = await dbs.InTransactionAsync(async db =>
        {
            var report = await db.StoredReports.SingleOrDefaultAsync(r => r.Kind == kind && r.PeriodStart == periodStart)
                ?? throw new DomainException("This report has not been generated yet.", "PeriodStart");
            db.SupersededReports.Add(new SupersededReport
            {
                StoredReportId = report.Id, Revision = report.Revision, SnapshotJson = report.SnapshotJson, GeneratedAt = report.GeneratedAt,
                GeneratedByName = report.GeneratedByName, SupersededAt = clock.UtcNow, SupersededByName = actor.Name, Reason = reason.Trim(),
            });
            report.Revision++;
            report.SnapshotJson = snapshot.Write();
            report.GeneratedAt = clock.UtcNow;
            report.GeneratedByName = actor.Name;
            report.EmailedAt = null;
            return report;
        });
        await EmailAsync(report, snapshot, corrected: true);
        return report;
    }

    /// <summary>Stored reports, newest period first, of one kind or all.</summary>
    public async Task<IReadOnlyList<StoredReport>> ListAsync(ReportKind? kind = null, int take = 200)
    {
        await currentUser.RequireAsync(Permissions.ViewReports);
        await using var db = await dbs.CreateDbContextAsync();
        var reports = db.StoredReports.AsNoTracking();
        if (kind is { } k) reports = reports.Where(r => r.Kind == k);
        return await reports.OrderByDescending(r => r.PeriodStart).ThenBy(r => r.Kind).Take(take).ToListAsync();
    }

    /// <summary>The report with its superseded revisions (oldest first), or null.</summary>
    public async Task<StoredReport?> GetAsync(ReportKind kind, DateOnly periodStart)
    {
        await currentUser.RequireAsync(Permissions.ViewReports);
        await using var db = await dbs.CreateDbContextAsync();
        var report = await db.StoredReports.AsNoTracking().Include(r => r.Superseded)
            .SingleOrDefaultAsync(r => r.Kind == kind && r.PeriodStart == periodStart);
        report?.Superseded.Sort((a, b) => a.Revision.CompareTo(b.Revision));
        return report;
    }

    public async Task<ReportChoice> MySubscriptionAsync()
    {
        var actor = await RequireUserAsync();
        await using var db = await dbs.CreateDbContextAsync();
        var row = await db.ReportSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == actor.UserId);
        return row is null ? Default(actor.Role) : new ReportChoice(row.Daily, row.Weekly, row.Monthly);
    }

    public async Task SetMySubscriptionAsync(ReportChoice choice)
    {
        var actor = await RequireUserAsync();
        await dbs.InTransactionAsync(async db =>
        {
            var row = await db.ReportSubscriptions.SingleOrDefaultAsync(s => s.UserId == actor.UserId)
                ?? db.ReportSubscriptions.Add(new ReportSubscription { UserId = actor.UserId! }).Entity;
            (row.Daily, row.Weekly, row.Monthly) = (choice.Daily, choice.Weekly, choice.Monthly);
            return row;
        });
    }

    private async Task<Actor> RequireUserAsync()
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewReports);
        if (!actor.IsSignedIn) throw new DomainException("Sign in to choose your reports.");
        return actor;
    }

    private static ReportChoice Default(Role role) => role >= Role.Superadmin ? new(true, true, true) : new(false, false, false);

    private DateOnly CheckPeriod(ReportKind kind, DateOnly start)
    {
        ReportPeriod.Check(kind, start);
        var end = ReportPeriod.End(kind, start);
        if (end > clock.Today) throw new DomainException("This period has not ended yet.", "PeriodStart");
        return end;
    }

    private async Task<ReportSnapshot> SnapshotAsync(ReportKind kind, DateOnly from, DateOnly to)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await ReportBuilder.BuildAsync(db, kind, from, to, new ProfitAndLossService(dbs, currentUser));
    }

    private async Task EmailAsync(StoredReport report, ReportSnapshot snapshot, bool corrected)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync();
            var users = await db.Users.Where(u => u.IsActive && u.DeletedAt == null && u.Email != null)
                .Select(u => new { u.Id, u.Email, u.Role }).ToListAsync();
            var choices = await db.ReportSubscriptions.AsNoTracking().ToDictionaryAsync(s => s.UserId);
            var to = users.Where(u => Permissions.Allows(u.Role, Permissions.ViewReports)
                    && (choices.TryGetValue(u.Id, out var c) ? c.Wants(report.Kind) : Default(u.Role).Wants(report.Kind)))
                .Select(u => u.Email!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var address in to) await email.SendAsync(ReportEmails.Summary(address, report, snapshot, links, corrected));
            await db.StoredReports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.EmailedAt, clock.UtcNow));
            report.EmailedAt = clock.UtcNow;
        }
        catch (Exception e)
        {
            // The report is stored and on the reports page; a mail outage must not undo it.
            log.LogError(e, "Could not email the {Kind} report of {Start}", report.Kind, report.PeriodStart);
        }
    }
}
