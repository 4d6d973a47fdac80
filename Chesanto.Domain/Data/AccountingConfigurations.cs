using Chesanto.Domain.Accounting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class ExpenseConfiguration : IEntityTypeConfiguration<Expense>
{
    public void Configure(EntityTypeBuilder<Expense> b)
    {
        b.Property(e => e.Description).HasMaxLength(300);
        b.Property(e => e.Quantity).HasPrecision(18, 3);
        b.Property(e => e.UnitCost).HasPrecision(18, 4);
        b.Property(e => e.Reference).HasMaxLength(60);
        b.Property(e => e.RecordedById).HasMaxLength(450);
        b.Property(e => e.RecordedByName).HasMaxLength(256);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.Date);
        b.HasIndex(e => new { e.Category, e.Date });
        // A purchase posts its expense once, whatever retries or races happen.
        b.HasIndex(e => e.PurchaseId).IsUnique().HasFilter("[PurchaseId] IS NOT NULL");
        b.HasOne(e => e.Supplier).WithMany().HasForeignKey(e => e.SupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inventory.Purchase>().WithMany().HasForeignKey(e => e.PurchaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccountingPeriodConfiguration : IEntityTypeConfiguration<AccountingPeriod>
{
    public void Configure(EntityTypeBuilder<AccountingPeriod> b)
    {
        b.HasKey(p => new { p.Year, p.Month });
        b.Property(p => p.ChangedByName).HasMaxLength(256);
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> b)
    {
        b.Property(v => v.Name).HasMaxLength(60);
        b.HasIndex(v => v.Name).IsUnique();
        b.Property(v => v.Registration).HasMaxLength(20);
        b.HasData(
            new Vehicle { Id = 1, Name = "Old Truck", FuelType = FuelType.Petrol },
            new Vehicle { Id = 2, Name = "New Truck", FuelType = FuelType.Petrol },
            new Vehicle { Id = 3, Name = "Bolero", FuelType = FuelType.Diesel });
    }
}

internal sealed class FuelTransactionConfiguration : IEntityTypeConfiguration<FuelTransaction>
{
    public void Configure(EntityTypeBuilder<FuelTransaction> b)
    {
        b.Property(f => f.Station).HasMaxLength(60);
        b.Property(f => f.Quantity).HasPrecision(18, 3);
        b.Property(f => f.Receipt).HasMaxLength(60);
        b.Property(f => f.RecordedByName).HasMaxLength(256);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Ignore(f => f.CostPerUnit);
        b.Ignore(f => f.OnAccount);
        b.HasIndex(f => new { f.Station, f.Date });
        b.HasOne(f => f.Vehicle).WithMany().HasForeignKey(f => f.VehicleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FuelDepositConfiguration : IEntityTypeConfiguration<FuelDeposit>
{
    public void Configure(EntityTypeBuilder<FuelDeposit> b)
    {
        b.Property(d => d.Station).HasMaxLength(60);
        b.Property(d => d.Reference).HasMaxLength(60);
        b.Property(d => d.RecordedByName).HasMaxLength(256);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.Station, d.Date });
    }
}
