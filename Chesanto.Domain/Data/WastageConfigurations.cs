using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class WastageRecordConfiguration : IEntityTypeConfiguration<WastageRecord>
{
    public void Configure(EntityTypeBuilder<WastageRecord> b)
    {
        b.Property(w => w.Quantity).HasPrecision(18, 3);
        b.Property(w => w.Cost).HasPrecision(18, 2);
        b.Property(w => w.Description).HasMaxLength(500);
        b.Property(w => w.RecordedById).HasMaxLength(450);
        b.Property(w => w.RecordedByName).HasMaxLength(256);
        b.Property(w => w.DecidedById).HasMaxLength(450);
        b.Property(w => w.DecidedByName).HasMaxLength(256);
        b.Property(w => w.DecisionNote).HasMaxLength(500);
        b.Property(w => w.Version).IsConcurrencyToken();
        b.Ignore(w => w.RequiresApproval);
        b.HasIndex(w => w.Status);
        b.HasIndex(w => w.BusinessDay);
        b.HasIndex(w => w.StockMovementId).IsUnique().HasFilter("[StockMovementId] IS NOT NULL");
        b.HasOne(w => w.InventoryItem).WithMany().HasForeignKey(w => w.InventoryItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(w => w.StockMovement).WithMany().HasForeignKey(w => w.StockMovementId).OnDelete(DeleteBehavior.Restrict);
    }
}
