using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> b)
    {
        b.Property(s => s.Name).HasMaxLength(150);
        b.HasIndex(s => s.Name).IsUnique();
        b.Property(s => s.ContactPerson).HasMaxLength(100);
        b.Property(s => s.Phone).HasMaxLength(32);
        b.Property(s => s.Email).HasMaxLength(256);
        b.Property(s => s.Address).HasMaxLength(300);
        b.Property(s => s.PaymentTerms).HasMaxLength(100);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> b)
    {
        b.Property(p => p.Number).HasMaxLength(20);
        b.HasIndex(p => p.Number).IsUnique();
        b.Property(p => p.Notes).HasMaxLength(1000);
        b.Property(p => p.ApprovedByName).HasMaxLength(256);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Total);
        b.Ignore(p => p.IsEditable);
        b.HasIndex(p => p.PurchaseDate);
        b.HasOne(p => p.Supplier).WithMany().HasForeignKey(p => p.SupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PurchaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PurchaseLineConfiguration : IEntityTypeConfiguration<PurchaseLine>
{
    public void Configure(EntityTypeBuilder<PurchaseLine> b)
    {
        b.Property(l => l.Quantity).HasPrecision(18, 3);
        b.Property(l => l.UnitCost).HasPrecision(18, 4);
        b.Ignore(l => l.Total);
        b.HasIndex(l => new { l.PurchaseId, l.InventoryItemId }).IsUnique();
        b.HasOne(l => l.InventoryItem).WithMany().HasForeignKey(l => l.InventoryItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PurchaseSequenceConfiguration : IEntityTypeConfiguration<PurchaseSequence>
{
    public void Configure(EntityTypeBuilder<PurchaseSequence> b)
    {
        b.HasKey(s => s.Day);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class SupplierPaymentConfiguration : IEntityTypeConfiguration<Suppliers.SupplierPayment>
{
    public void Configure(EntityTypeBuilder<Suppliers.SupplierPayment> b)
    {
        b.Property(p => p.Reference).HasMaxLength(64);
        b.Property(p => p.RecordedById).HasMaxLength(450);
        b.Property(p => p.RecordedByName).HasMaxLength(256);
        b.Property(p => p.ReversedByName).HasMaxLength(256);
        b.Property(p => p.ReversalReason).HasMaxLength(300);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.IsReversed);
        b.HasIndex(p => new { p.SupplierId, p.Date });
        b.HasOne(p => p.Supplier).WithMany().HasForeignKey(p => p.SupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Purchase).WithMany().HasForeignKey(p => p.PurchaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
