using System.Globalization;
using Chesanto.Domain.Alerts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;
using static Chesanto.Domain.Sales.SalesRules;

namespace Chesanto.Domain.Sales;

/// <summary>
/// The sales alerts (DOMAIN §5.3, Q17, Q25), raised after the settlement's transaction committed: any deficit to the
/// accountant, above KES 500 also to the CEO; any crate shortfall to the accountant, above 5 also to the CEO; a
/// third deficit of one recipient within 30 days to both. Nothing is deducted: the accountant investigates and resolves.
/// </summary>
public sealed class SalesAlerts(IDbContextFactory<ChesantoDbContext> dbs, AlertService alerts, BusinessClock clock)
{
    public const decimal CeoDeficit = 500m;
    public const int CeoCrateShortfall = 5, PatternDeficits = 3, PatternDays = 30;

    public async Task AfterSettlementAsync(int settlementId)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var s = await db.Settlements.AsNoTracking().Include(x => x.Recipient).SingleAsync(x => x.Id == settlementId);
        var who = $"{s.Recipient!.Name}, {Shown(s.SalesDay)}";
        var link = $"sales/settle/{s.RecipientId}/{s.SalesDay:yyyy-MM-dd}";
        if (s.Deficit > 0)
        {
            var big = s.Deficit > CeoDeficit;
            await alerts.RaiseAsync(new AlertDraft("Deficit", big ? AlertSeverity.Critical : AlertSeverity.Warning,
                $"Deficit KES {Kes(s.Deficit)}: {who}", $"Expected banking KES {Kes(s.ExpectedBanking)}, banked KES {Kes(s.Banked)}.",
                link, ToAccountant: true, ToCeo: big, $"Settlement:{s.Id}"));
            await PatternAsync(db, s.RecipientId, s.Recipient.Name);
        }
        if (s.CrateShortfall > 0)
        {
            var big = s.CrateShortfall > CeoCrateShortfall;
            await alerts.RaiseAsync(new AlertDraft("CrateShortfall", big ? AlertSeverity.Critical : AlertSeverity.Warning,
                $"{s.CrateShortfall} crates short: {who}", $"{s.CratesOut} crates went out, {s.CratesReturned} came back.",
                link, ToAccountant: true, ToCeo: big, $"SettlementCrates:{s.Id}"));
        }
    }

    /// <summary>The 17:00 reminder (Mon–Sat): recipients who took goods out today and have not settled (depots settle later).</summary>
    public async Task<IReadOnlyList<string>> RemindUnsettledAsync(DateOnly day)
    {
        if (day.DayOfWeek == DayOfWeek.Sunday) return [];
        await using var db = await dbs.CreateDbContextAsync();
        var names = await db.Dispatches.AsNoTracking()
            .Where(d => d.Day == day && d.CancelledAt == null && !d.Recipient!.SettlesLate
                && !db.Settlements.Any(s => s.RecipientId == d.RecipientId && s.SalesDay == day && s.ReversedAt == null))
            .Select(d => d.Recipient!.Name).Distinct().OrderBy(n => n).ToListAsync();
        if (names.Count > 0)
            await alerts.RaiseAsync(new AlertDraft("MissingSettlement", AlertSeverity.Warning,
                $"Not settled yet on {Shown(day)}: {string.Join(", ", names)}",
                $"{names.Count} {(names.Count == 1 ? "recipient has" : "recipients have")} goods out and no settlement. Every operating day needs an entry.",
                "sales/board", ToAccountant: true, ToCeo: false, $"MissingSettlement:{day:yyyy-MM-dd}"));
        return names;
    }

    private async Task PatternAsync(ChesantoDbContext db, int recipientId, string name)
    {
        var since = clock.Today.AddDays(1 - PatternDays);
        // Deficits are decimals: compared in memory (SQLite cannot compare them in SQL).
        var deficits = (await db.Settlements.AsNoTracking().Where(s => s.RecipientId == recipientId && s.SalesDay >= since && s.ReversedAt == null)
            .Select(s => s.Deficit).ToListAsync()).Where(d => d > 0).ToList();
        if (deficits.Count >= PatternDeficits)
            await alerts.RaiseAsync(new AlertDraft("DeficitPattern", AlertSeverity.Critical,
                $"{name}: {deficits.Count} deficits in {PatternDays} days", $"KES {Kes(deficits.Sum())} short in total since {Shown(since)}.",
                $"sales/account/{recipientId}", ToAccountant: true, ToCeo: true, $"DeficitPattern:{recipientId}"));
    }

    private static string Kes(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
