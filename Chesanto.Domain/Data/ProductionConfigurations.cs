using Chesanto.Domain.Catalog;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class ProductionDayConfiguration : IEntityTypeConfiguration<ProductionDay>
{
    public void Configure(EntityTypeBuilder<ProductionDay> b)
    {
        b.HasIndex(d => d.Date).IsUnique();
        b.Property(d => d.ClosedById).HasMaxLength(450);
        b.Property(d => d.ClosedByName).HasMaxLength(256);
        b.Property(d => d.ReopenReason).HasMaxLength(500);
        b.Property(d => d.Notes).HasMaxLength(1000);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasMany(d => d.Batches).WithOne(x => x.Day).HasForeignKey(x => x.ProductionDayId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.IndirectCosts).WithOne().HasForeignKey(c => c.ProductionDayId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProductionBatchConfiguration : IEntityTypeConfiguration<ProductionBatch>
{
    public void Configure(EntityTypeBuilder<ProductionBatch> b)
    {
        b.HasIndex(x => new { x.ProductionDayId, x.BatchNumber }).IsUnique();
        b.Property(x => x.QualityNotes).HasMaxLength(1000);
        b.Property(x => x.PackagingUnitCost).HasPrecision(18, 6);
        b.Property(x => x.RecordedById).HasMaxLength(450);
        b.Property(x => x.RecordedByName).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Bags);
        b.Ignore(x => x.Variance);
        b.Ignore(x => x.VariancePercent);
        b.Ignore(x => x.IngredientCost);
        b.Ignore(x => x.PackagingCost);
        b.HasOne(x => x.Mix).WithMany().HasForeignKey(x => x.MixId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InventoryItem>().WithMany().HasForeignKey(x => x.PackagingItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.ProductionBatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BatchIngredientConfiguration : IEntityTypeConfiguration<BatchIngredient>
{
    public void Configure(EntityTypeBuilder<BatchIngredient> b)
    {
        b.Property(l => l.Quantity).HasPrecision(18, 3);
        b.Property(l => l.UnitCost).HasPrecision(18, 6);
        b.Ignore(l => l.Cost);
        b.HasIndex(l => new { l.ProductionBatchId, l.InventoryItemId }).IsUnique();
        b.HasOne(l => l.InventoryItem).WithMany().HasForeignKey(l => l.InventoryItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndirectCostConfiguration : IEntityTypeConfiguration<IndirectCost>
{
    public void Configure(EntityTypeBuilder<IndirectCost> b)
    {
        b.Property(c => c.Description).HasMaxLength(300);
        b.Property(c => c.ReceiptNumber).HasMaxLength(50);
        b.Property(c => c.Vendor).HasMaxLength(150);
    }
}

internal sealed class FinishedGoodsMovementConfiguration : IEntityTypeConfiguration<FinishedGoodsMovement>
{
    public void Configure(EntityTypeBuilder<FinishedGoodsMovement> b)
    {
        b.Property(m => m.Reason).HasMaxLength(500);
        b.Property(m => m.ReferenceType).HasMaxLength(50);
        b.Property(m => m.ReferenceId).HasMaxLength(100);
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.UserName).HasMaxLength(256);
        b.HasIndex(m => new { m.ProductId, m.Grade, m.BusinessDay });
        b.HasIndex(m => new { m.ReferenceType, m.ReferenceId });
        b.HasIndex(m => m.ReversesMovementId).IsUnique().HasFilter("[ReversesMovementId] IS NOT NULL");
        b.HasOne<Product>().WithMany().HasForeignKey(m => m.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FinishedGoodsMovement>().WithMany().HasForeignKey(m => m.ReversesMovementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FinishedGoodsGuardConfiguration : IEntityTypeConfiguration<FinishedGoodsGuard>
{
    public void Configure(EntityTypeBuilder<FinishedGoodsGuard> b)
    {
        b.HasKey(g => new { g.ProductId, g.Grade });
        b.Property(g => g.ProductId).ValueGeneratedNever();
        b.Property(g => g.Version).IsConcurrencyToken();
        b.HasOne<Product>().WithMany().HasForeignKey(g => g.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FinishedGoodsCountConfiguration : IEntityTypeConfiguration<FinishedGoodsCount>
{
    public void Configure(EntityTypeBuilder<FinishedGoodsCount> b)
    {
        b.HasIndex(c => new { c.Date, c.ProductId, c.Grade }).IsUnique();
        b.Property(c => c.CountedByName).HasMaxLength(256);
        b.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DailyProductionReportConfiguration : IEntityTypeConfiguration<DailyProductionReport>
{
    public void Configure(EntityTypeBuilder<DailyProductionReport> b)
    {
        b.HasIndex(r => r.Date).IsUnique();
        b.Property(r => r.GeneratedByName).HasMaxLength(256);
        b.Ignore(r => r.ClosingStock);
        b.Ignore(r => r.Inventory);
    }
}
