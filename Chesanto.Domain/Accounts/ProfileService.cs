using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounts;

/// <summary>The signed-in person's own account, read fresh for each page.</summary>
public sealed class ProfileService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    public async Task<ApplicationUser?> GetMineAsync()
    {
        var actor = await currentUser.GetAsync();
        if (actor.UserId is null) return null;
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == actor.UserId);
    }
}
