using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Sales;

/// <summary>The rules every sales command and query shares: who may see a recipient, who may change a day.</summary>
internal static class SalesRules
{
    internal static string Shown(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Data-level authorization: back-office staff see every recipient; a salesman sees only the recipient his login
    /// is linked to, and is refused anyone else's (not shown an empty page).
    /// </summary>
    internal static async Task<Actor> RequireRecipientAsync(ICurrentUser currentUser, ChesantoDbContext db, int recipientId)
    {
        var actor = await currentUser.GetAsync();
        if (actor.Can(Permissions.ViewSales)) return actor;
        if (actor.Can(Permissions.ViewOwnSales) && actor.UserId is { } userId
            && await db.SalesRecipients.AnyAsync(r => r.Id == recipientId && r.UserId == userId))
            return actor;
        throw new PermissionDeniedException(Permissions.ViewSales);
    }

    /// <summary>
    /// DOMAIN §5.2: a clerk changes today's dispatches until the books close (21:00 or the day's closing, whichever
    /// comes first); past and closed days belong to the accountant and superadmin.
    /// </summary>
    internal static async Task RequireOpenDayAsync(ChesantoDbContext db, Actor actor, BusinessClock clock, DateOnly day)
    {
        if (actor.Can(Permissions.EditPastSales)) return;
        if (day < clock.Today) throw new DomainException($"{Shown(day)} is past; only the accountant can change its dispatches.", "Day");
        if (day > clock.Today) throw new DomainException("Goods are dispatched on the day they leave.", "Day");
        if (TimeOnly.FromDateTime(clock.Now.DateTime) >= ProductionService.ClosingTime
            || await db.ProductionDays.AnyAsync(d => d.Date == day && d.IsClosed))
            throw new DomainException($"The books for {Shown(day)} are closed; only the accountant can change its dispatches now.", "Day");
    }

    /// <summary>Loads the recipient tracked and bumps its version, so two commands for one recipient cannot both commit.</summary>
    internal static async Task<SalesRecipient> LockRecipientAsync(ChesantoDbContext db, int recipientId)
    {
        var recipient = await db.SalesRecipients.SingleOrDefaultAsync(r => r.Id == recipientId)
            ?? throw new DomainException("Choose who the goods are for.", nameof(Dispatch.RecipientId));
        recipient.Version = Guid.NewGuid();
        return recipient;
    }

    internal static Task<bool> IsSettledAsync(ChesantoDbContext db, int recipientId, DateOnly day) =>
        db.Settlements.AnyAsync(s => s.RecipientId == recipientId && s.SalesDay == day && s.ReversedAt == null);

    /// <summary>The channel a dispatch line is priced on: rejects always sell on the Rejects list (Q24).</summary>
    internal static Catalog.PriceChannel ChannelOf(Grade grade, Catalog.PriceChannel dispatchChannel) =>
        grade == Grade.Reject ? Catalog.PriceChannel.Rejects : dispatchChannel;

    /// <summary>The plan in force on a day (latest effective on or before it), with its rates; null when none is.</summary>
    internal static Task<CommissionPlan?> PlanOnAsync(ChesantoDbContext db, int recipientId, DateOnly day) =>
        db.CommissionPlans.AsNoTracking().Include(p => p.Rates)
            .Where(p => p.RecipientId == recipientId && p.EffectiveFrom <= day)
            .OrderByDescending(p => p.EffectiveFrom).FirstOrDefaultAsync();
}
