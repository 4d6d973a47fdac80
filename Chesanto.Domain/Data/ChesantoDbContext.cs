using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Data;

/// <summary>
/// The bakery's database. Each provider has a subclass (<see cref="SqliteChesantoDbContext"/>,
/// <see cref="SqlServerChesantoDbContext"/>) so each keeps its own migration set.
/// </summary>
public abstract class ChesantoDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<UserInvitation> Invitations => Set<UserInvitation>();
    public DbSet<EmailOtp> EmailOtps => Set<EmailOtp>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<InventoryItem> InventoryItems => Set<InventoryItem>();
    public DbSet<Mix> Mixes => Set<Mix>();
    public DbSet<MixIngredient> MixIngredients => Set<MixIngredient>();

    /// <summary>Who the audit log names for changes saved through this context; when unset, <see cref="ActingUser"/> is asked.</summary>
    public Actor? Actor { get; set; }

    /// <summary>The request's or circuit's user, asked (asynchronously) only when something is saved.</summary>
    public ICurrentUser? ActingUser { get; set; }

    internal async ValueTask<Actor> ResolveActorAsync() =>
        Actor ?? (ActingUser is { } user ? await user.GetAsync() : Common.Actor.System);

    internal AuditInterceptor.Batch? PendingAudit { get; set; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ChesantoDbContext).Assembly);
    }
}
