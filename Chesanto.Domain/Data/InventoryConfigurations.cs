using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> b)
    {
        b.Property(m => m.Quantity).HasPrecision(18, 3);
        b.Property(m => m.Reason).HasMaxLength(500);
        b.Property(m => m.ReferenceType).HasMaxLength(50);
        b.Property(m => m.ReferenceId).HasMaxLength(100);
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.UserName).HasMaxLength(256);
        b.HasIndex(m => new { m.InventoryItemId, m.OccurredAt });
        // A movement is reversed at most once, even by two clerks at the same moment.
        b.HasIndex(m => m.ReversesMovementId).IsUnique().HasFilter("[ReversesMovementId] IS NOT NULL");
        b.HasOne<InventoryItem>().WithMany().HasForeignKey(m => m.InventoryItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StockMovement>().WithMany().HasForeignKey(m => m.ReversesMovementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockGuardConfiguration : IEntityTypeConfiguration<StockGuard>
{
    public void Configure(EntityTypeBuilder<StockGuard> b)
    {
        b.HasKey(g => g.InventoryItemId);
        b.Property(g => g.InventoryItemId).ValueGeneratedNever();
        b.Property(g => g.Version).IsConcurrencyToken();
        b.HasOne<InventoryItem>().WithMany().HasForeignKey(g => g.InventoryItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
