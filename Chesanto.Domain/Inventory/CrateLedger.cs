using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>
/// The crate ledger (DOMAIN §3.4): the same rules as <see cref="StockLedger"/>. Every change is a movement with who,
/// when, why and a reference; mistakes are reversed, never edited; no place ever holds fewer than zero crates.
/// </summary>
public sealed class CrateLedger(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock, IEventHub events)
{
    public async Task<CrateTotals> TotalsAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await TotalsOfAsync(db);
    }

    /// <summary>The newest movements first.</summary>
    public async Task<IReadOnlyList<CrateMovement>> HistoryAsync(int take = 50)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.CrateMovements.AsNoTracking().OrderByDescending(m => m.Id).Take(take).ToListAsync();
    }

    /// <summary>The ids of movements that have been reversed (so a page can hide their Reverse button).</summary>
    public async Task<IReadOnlySet<int>> ReversedIdsAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return (await db.CrateMovements.Where(m => m.ReversesMovementId != null).Select(m => m.ReversesMovementId!.Value).ToListAsync()).ToHashSet();
    }

    public async Task<CrateMovement> PostAsync(CrateInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageStock);
        Validate(input);
        return await WriteAsync(db => StageCoreAsync(db, actor, input));
    }

    /// <summary>Posts the exact opposite of a movement; refused if the crates have moved on since (e.g. a dispatch already returned).</summary>
    public async Task<CrateMovement> ReverseAsync(int movementId, string reason)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageStock);
        RequireReason(reason);
        return await WriteAsync(async db =>
        {
            await BumpGuardAsync(db);
            var original = await db.CrateMovements.AsNoTracking().SingleOrDefaultAsync(m => m.Id == movementId)
                ?? throw new DomainException("This movement does not exist.");
            if (original.Type == CrateMovementType.Reversal)
                throw new DomainException("A reversal cannot be reversed; post a new movement instead.");
            if (await db.CrateMovements.AnyAsync(m => m.ReversesMovementId == movementId))
                throw new DomainException("This movement has already been reversed.");
            var reversal = New(actor, CrateMovementType.Reversal, original.To, original.From, original.Route, original.Quantity, null,
                reason, original.ReferenceType, original.ReferenceId, original.Id);
            return await AddCheckedAsync(db, reversal);
        });
    }

    /// <summary>
    /// Stages a movement inside the caller's context and transaction (a dispatch sending crates out with a route).
    /// It bumps the guard and checks the counts exactly like <see cref="PostAsync"/>; the caller saves, commits,
    /// retries on a <see cref="DbUpdateException"/> and then publishes <see cref="CratesChanged"/>. The counts are read from
    /// the database, so stage at most one crate movement per save. The caller has checked its own permission.
    /// </summary>
    internal async Task<CrateMovement> StageAsync(ChesantoDbContext db, Actor actor, CrateInput input)
    {
        Validate(input);
        return await StageCoreAsync(db, actor, input);
    }

    private async Task<CrateMovement> StageCoreAsync(ChesantoDbContext db, Actor actor, CrateInput input)
    {
        await BumpGuardAsync(db);
        var route = string.IsNullOrWhiteSpace(input.Route) ? null : await CanonicalRouteAsync(db, input.Route.Trim());
        CrateState? from, to;
        var quantity = input.Quantity;
        int? counted = null;
        switch (input.Type)
        {
            case CrateMovementType.Purchase: (from, to) = (null, CrateState.Store); break;
            case CrateMovementType.DispatchOut: (from, to) = (CrateState.Store, CrateState.Route); break;
            case CrateMovementType.ReturnIn: (from, to) = (CrateState.Route, CrateState.Store); break;
            case CrateMovementType.Damage: (from, to) = (input.From ?? CrateState.Store, CrateState.Damaged); break;
            case CrateMovementType.Repair: (from, to) = (CrateState.Damaged, CrateState.Store); break;
            case CrateMovementType.Lost: (from, to) = (input.From ?? CrateState.Store, CrateState.Lost); break;
            default:
                var store = (await TotalsOfAsync(db)).Store;
                counted = input.Quantity;
                quantity = Math.Abs(counted.Value - store);
                (from, to) = counted > store ? ((CrateState?)null, (CrateState?)CrateState.Store) : (CrateState.Store, null);
                break;
        }
        if (from != CrateState.Route && to != CrateState.Route) route = null;
        else if (route is null) throw new DomainException("Name the route or salesperson.", nameof(CrateInput.Route));
        return await AddCheckedAsync(db, New(actor, input.Type, from, to, route, quantity, counted, input.Reason,
            input.ReferenceType, input.ReferenceId, null));
    }

    private async Task<CrateMovement> WriteAsync(Func<ChesantoDbContext, Task<CrateMovement>> stage)
    {
        var movement = await dbs.InTransactionAsync(stage);
        await using var db = await dbs.CreateDbContextAsync();
        await events.PublishAsync(new CratesChanged(await TotalsOfAsync(db)));
        return movement;
    }

    /// <summary>
    /// Rewrites the one guard row, before anything is counted. Its version is a concurrency token, so of two postings
    /// that counted the same crates only the first commits; the second's update matches no row (or its first-ever
    /// insert hits the key) and it starts over, as in <see cref="StockLedger"/>.
    /// </summary>
    private static async Task BumpGuardAsync(ChesantoDbContext db)
    {
        var guard = await db.CrateGuards.SingleOrDefaultAsync(g => g.Id == CrateGuard.SingletonId);
        if (guard is null) db.CrateGuards.Add(guard = new CrateGuard());
        guard.Version = Guid.NewGuid();
    }

    /// <summary>Refuses a movement that would leave its place below zero, adds it.</summary>
    private static async Task<CrateMovement> AddCheckedAsync(ChesantoDbContext db, CrateMovement movement)
    {
        if (movement.From is { } from)
        {
            var available = Held(await TotalsOfAsync(db), from, movement.Route);
            if (movement.Quantity > available)
                throw new DomainException(Shortfall(from, movement.Route, movement.Quantity, available), nameof(CrateInput.Quantity));
        }
        db.CrateMovements.Add(movement);
        return movement;
    }

    private static int Held(CrateTotals totals, CrateState state, string? route) => state switch
    {
        CrateState.Store => totals.Store,
        CrateState.Damaged => totals.Damaged,
        CrateState.Lost => totals.Lost,
        _ => totals.OutByRoute.GetValueOrDefault(route ?? ""),
    };

    private static string Shortfall(CrateState from, string? route, int wanted, int available) => from switch
    {
        CrateState.Route => $"{route} has {available} crates out, not {wanted}.",
        CrateState.Store => $"The store holds {available} crates, not {wanted}.",
        _ => $"Only {available} crates are {from.ToString().ToLowerInvariant()}, not {wanted}.",
    };

    internal static async Task<CrateTotals> TotalsOfAsync(ChesantoDbContext db)
    {
        // Whole crates sum in the database (unlike decimals on SQLite): one row per place pair and route, not per movement.
        var rows = await db.CrateMovements.GroupBy(m => new { m.From, m.To, m.Route })
            .Select(g => new { g.Key.From, g.Key.To, g.Key.Route, Quantity = g.Sum(m => m.Quantity) }).ToListAsync();
        var held = new Dictionary<(CrateState, string), int>();
        foreach (var m in rows)
        {
            if (m.From is { } f) Add(f, m.Route, -m.Quantity);
            if (m.To is { } t) Add(t, m.Route, m.Quantity);
        }
        return new CrateTotals(held.GetValueOrDefault((CrateState.Store, "")), held.GetValueOrDefault((CrateState.Damaged, "")),
            held.GetValueOrDefault((CrateState.Lost, "")),
            held.Where(h => h.Key.Item1 == CrateState.Route && h.Value != 0).OrderBy(h => h.Key.Item2)
                .ToDictionary(h => h.Key.Item2, h => h.Value));

        void Add(CrateState state, string? route, int quantity)
        {
            var key = (state, state == CrateState.Route ? route ?? "" : "");
            held[key] = held.GetValueOrDefault(key) + quantity;
        }
    }

    /// <summary>A route already in the ledger keeps its first spelling, so "Kisumu road" and "Kisumu Road" are one route.</summary>
    private static async Task<string> CanonicalRouteAsync(ChesantoDbContext db, string route)
    {
        var known = await db.CrateMovements.Where(m => m.Route != null).Select(m => m.Route!).Distinct().ToListAsync();
        return known.FirstOrDefault(r => string.Equals(r, route, StringComparison.OrdinalIgnoreCase)) ?? route;
    }

    private static void Validate(CrateInput input)
    {
        if (input.Type == CrateMovementType.Reversal)
            throw new DomainException("Undo a movement by reversing it.", nameof(CrateInput.Type));
        if (input.Type == CrateMovementType.Count ? input.Quantity < 0 : input.Quantity <= 0)
            throw new DomainException(input.Type == CrateMovementType.Count ? "A count cannot be below zero." : "Enter a number of crates above zero.",
                nameof(CrateInput.Quantity));
        if (input.Type is CrateMovementType.Damage or CrateMovementType.Lost && input.From is not (null or CrateState.Store or CrateState.Route))
            throw new DomainException("Crates are damaged or lost from the store or a route.", nameof(CrateInput.From));
        if (input.Route is { Length: > 100 })
            throw new DomainException("Keep the route name under 100 characters.", nameof(CrateInput.Route));
        if (input.ReferenceType is { Length: > 50 } || input.ReferenceId is { Length: > 100 })
            throw new DomainException("The reference is too long.", nameof(CrateInput.ReferenceId));
        RequireReason(input.Reason);
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the crates move.", nameof(CrateInput.Reason));
    }

    private CrateMovement New(Actor actor, CrateMovementType type, CrateState? from, CrateState? to, string? route, int quantity,
        int? counted, string reason, string? referenceType, string? referenceId, int? reverses) => new()
    {
        Type = type, From = from, To = to, Route = route, Quantity = quantity, Counted = counted, OccurredAt = clock.UtcNow,
        BusinessDay = clock.Today, Reason = reason.Trim(), ReferenceType = referenceType, ReferenceId = referenceId,
        UserId = actor.UserId, UserName = actor.Name, ReversesMovementId = reverses,
    };
}
