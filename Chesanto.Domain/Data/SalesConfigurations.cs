using Chesanto.Domain.Catalog;
using Chesanto.Domain.People;
using Chesanto.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class SalesRecipientConfiguration : IEntityTypeConfiguration<SalesRecipient>
{
    public void Configure(EntityTypeBuilder<SalesRecipient> b)
    {
        b.Property(r => r.Name).HasMaxLength(100);
        b.HasIndex(r => r.Name).IsUnique();
        b.Property(r => r.UserId).HasMaxLength(450);
        b.HasIndex(r => r.UserId);
        b.Property(r => r.Phone).HasMaxLength(20);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.Plans).WithOne().HasForeignKey(p => p.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommissionPlanConfiguration : IEntityTypeConfiguration<CommissionPlan>
{
    public void Configure(EntityTypeBuilder<CommissionPlan> b)
    {
        b.HasIndex(p => new { p.RecipientId, p.EffectiveFrom }).IsUnique();
        b.Property(p => p.SetByName).HasMaxLength(256);
        b.HasMany(p => p.Rates).WithOne().HasForeignKey(r => r.CommissionPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommissionRateConfiguration : IEntityTypeConfiguration<CommissionRate>
{
    public void Configure(EntityTypeBuilder<CommissionRate> b)
    {
        b.HasIndex(r => new { r.CommissionPlanId, r.ProductId }).IsUnique();
        b.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DispatchConfiguration : IEntityTypeConfiguration<Dispatch>
{
    public void Configure(EntityTypeBuilder<Dispatch> b)
    {
        b.HasIndex(d => new { d.Day, d.RecipientId });
        b.Property(d => d.Note).HasMaxLength(500);
        b.Property(d => d.DispatchedById).HasMaxLength(450);
        b.Property(d => d.DispatchedByName).HasMaxLength(256);
        b.Property(d => d.CancelledByName).HasMaxLength(256);
        b.Property(d => d.CancelReason).HasMaxLength(500);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Ignore(d => d.IsCancelled);
        b.Ignore(d => d.Value);
        b.HasOne(d => d.Recipient).WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DispatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DispatchLineConfiguration : IEntityTypeConfiguration<DispatchLine>
{
    public void Configure(EntityTypeBuilder<DispatchLine> b)
    {
        b.HasIndex(l => new { l.DispatchId, l.ProductId, l.Grade }).IsUnique();
        b.Ignore(l => l.Value);
        b.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SettlementConfiguration : IEntityTypeConfiguration<Settlement>
{
    public void Configure(EntityTypeBuilder<Settlement> b)
    {
        b.HasIndex(s => new { s.RecipientId, s.SalesDay });
        b.HasIndex(s => s.ArrivedOn);
        b.Property(s => s.Note).HasMaxLength(500);
        b.Property(s => s.RecordedById).HasMaxLength(450);
        b.Property(s => s.RecordedByName).HasMaxLength(256);
        b.Property(s => s.ReversedByName).HasMaxLength(256);
        b.Property(s => s.ReversalReason).HasMaxLength(500);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.IsReversed);
        b.Ignore(s => s.CrateShortfall);
        b.HasOne(s => s.Recipient).WithMany().HasForeignKey(s => s.RecipientId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SettlementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Bankings).WithOne().HasForeignKey(x => x.SettlementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SettlementLineConfiguration : IEntityTypeConfiguration<SettlementLine>
{
    public void Configure(EntityTypeBuilder<SettlementLine> b)
    {
        b.HasIndex(l => new { l.SettlementId, l.ProductId, l.Grade, l.Channel }).IsUnique();
        b.Ignore(l => l.Sold);
        b.Ignore(l => l.SalesValue);
        b.Ignore(l => l.Commission);
        b.Ignore(l => l.Net);
        b.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BankingConfiguration : IEntityTypeConfiguration<Banking>
{
    public void Configure(EntityTypeBuilder<Banking> b)
    {
        b.Property(x => x.Reference).HasMaxLength(50);
        b.Property(x => x.ActiveReference).HasMaxLength(50);
        // A code banked once cannot be banked again while its settlement stands (null once reversed).
        b.HasIndex(x => new { x.Method, x.ActiveReference }).IsUnique().HasFilter("[ActiveReference] IS NOT NULL");
    }
}
