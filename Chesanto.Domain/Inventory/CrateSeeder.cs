using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>
/// Opens the crate ledger with the go-live count of 300 crates in store (Q18: the meeting's count, not the old
/// code's 200), at start-up. A ledger with any movement is left alone, so running it again posts nothing.
/// </summary>
public sealed class CrateSeeder(IDbContextFactory<ChesantoDbContext> dbs, BusinessClock clock)
{
    public const int GoLiveCount = 300;

    public async Task SeedAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.Actor = Actor.System;
        if (await db.CrateMovements.AnyAsync()) return;
        db.CrateMovements.Add(new CrateMovement
        {
            Type = CrateMovementType.Count, To = CrateState.Store, Quantity = GoLiveCount, Counted = GoLiveCount,
            OccurredAt = clock.UtcNow, BusinessDay = clock.Today, Reason = "Go-live count (Q18).", UserName = Actor.System.Name,
        });
        await db.SaveChangesAsync();
    }
}
