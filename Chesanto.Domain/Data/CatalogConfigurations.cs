using Chesanto.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Name).HasMaxLength(100);
        b.HasIndex(p => p.Name).IsUnique();
        b.Property(p => p.Alias).HasMaxLength(50);
        b.Property(p => p.PacketLabel).HasMaxLength(50);
        b.Property(p => p.Description).HasMaxLength(500);
        b.Property(p => p.SubProductName).HasMaxLength(100);
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class InventoryItemConfiguration : IEntityTypeConfiguration<InventoryItem>
{
    public void Configure(EntityTypeBuilder<InventoryItem> b)
    {
        b.Property(i => i.Name).HasMaxLength(100);
        b.HasIndex(i => i.Name).IsUnique();
        b.Property(i => i.PurchaseUnit).HasMaxLength(16);
        b.Property(i => i.RecipeUnit).HasMaxLength(16);
        // Unit prices keep four places so that a recipe unit's cost is never rounded into a loaf's price (P15).
        b.Property(i => i.CostPerPurchaseUnit).HasPrecision(18, 4);
        b.Property(i => i.ConversionFactor).HasPrecision(18, 4);
        b.Property(i => i.ReorderLevel).HasPrecision(18, 3);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Ignore(i => i.CostPerRecipeUnit);
    }
}

internal sealed class MixConfiguration : IEntityTypeConfiguration<Mix>
{
    public void Configure(EntityTypeBuilder<Mix> b)
    {
        b.Property(m => m.Name).HasMaxLength(100);
        b.Property(m => m.Notes).HasMaxLength(1000);
        b.HasIndex(m => new { m.ProductId, m.Name, m.Version }).IsUnique();
        // One active recipe per product; the filter is written so both SQLite and SQL Server read it.
        b.HasIndex(m => m.ProductId).IsUnique().HasFilter("[IsActive] = 1").HasDatabaseName("IX_Mixes_OneActivePerProduct");
        b.ToTable(t => t.HasCheckConstraint("CK_Mixes_Version", "[Version] >= 1"));
        b.HasOne(m => m.Product).WithMany(p => p.Mixes).HasForeignKey(m => m.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Lines).WithOne().HasForeignKey(l => l.MixId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MixIngredientConfiguration : IEntityTypeConfiguration<MixIngredient>
{
    public void Configure(EntityTypeBuilder<MixIngredient> b)
    {
        b.Property(l => l.Quantity).HasPrecision(18, 3);
        b.Property(l => l.Unit).HasMaxLength(16);
        b.HasIndex(l => new { l.MixId, l.InventoryItemId }).IsUnique();
        b.HasOne(l => l.InventoryItem).WithMany().HasForeignKey(l => l.InventoryItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductPriceConfiguration : IEntityTypeConfiguration<ProductPrice>
{
    public void Configure(EntityTypeBuilder<ProductPrice> b)
    {
        b.Property(p => p.PricePerPacket).HasPrecision(18, 2);
        b.Property(p => p.SetById).HasMaxLength(450);
        b.HasIndex(p => new { p.ProductId, p.Channel, p.EffectiveFrom }).IsUnique();
        b.HasOne(p => p.Product).WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
