using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class CrateMovementConfiguration : IEntityTypeConfiguration<CrateMovement>
{
    public void Configure(EntityTypeBuilder<CrateMovement> b)
    {
        b.Property(m => m.Route).HasMaxLength(100);
        b.Property(m => m.Reason).HasMaxLength(500);
        b.Property(m => m.ReferenceType).HasMaxLength(50);
        b.Property(m => m.ReferenceId).HasMaxLength(100);
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.UserName).HasMaxLength(256);
        b.HasIndex(m => m.Route);
        // A movement is reversed at most once, even by two clerks at the same moment.
        b.HasIndex(m => m.ReversesMovementId).IsUnique().HasFilter("[ReversesMovementId] IS NOT NULL");
        b.HasOne<CrateMovement>().WithMany().HasForeignKey(m => m.ReversesMovementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CrateGuardConfiguration : IEntityTypeConfiguration<CrateGuard>
{
    public void Configure(EntityTypeBuilder<CrateGuard> b)
    {
        b.Property(g => g.Id).ValueGeneratedNever();
        b.Property(g => g.Version).IsConcurrencyToken();
    }
}

internal sealed class UnitConversionConfiguration : IEntityTypeConfiguration<UnitConversion>
{
    public void Configure(EntityTypeBuilder<UnitConversion> b)
    {
        b.Property(c => c.FromUnit).HasMaxLength(32);
        b.Property(c => c.ToUnit).HasMaxLength(32);
        b.Property(c => c.Factor).HasPrecision(18, 6);
        b.Property(c => c.Notes).HasMaxLength(200);
        b.HasIndex(c => new { c.FromUnit, c.ToUnit }).IsUnique();
    }
}
