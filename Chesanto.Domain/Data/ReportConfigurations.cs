using Chesanto.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class StoredReportConfiguration : IEntityTypeConfiguration<StoredReport>
{
    public void Configure(EntityTypeBuilder<StoredReport> b)
    {
        b.HasIndex(r => new { r.Kind, r.PeriodStart }).IsUnique();
        b.Property(r => r.GeneratedByName).HasMaxLength(256);
        b.Ignore(r => r.Snapshot);
        b.Ignore(r => r.Title);
        b.Ignore(r => r.Link);
        b.HasMany(r => r.Superseded).WithOne().HasForeignKey(s => s.StoredReportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupersededReportConfiguration : IEntityTypeConfiguration<SupersededReport>
{
    public void Configure(EntityTypeBuilder<SupersededReport> b)
    {
        b.HasIndex(s => new { s.StoredReportId, s.Revision }).IsUnique();
        b.Property(s => s.GeneratedByName).HasMaxLength(256);
        b.Property(s => s.SupersededByName).HasMaxLength(256);
        b.Property(s => s.Reason).HasMaxLength(1000);
    }
}

internal sealed class ReportSubscriptionConfiguration : IEntityTypeConfiguration<ReportSubscription>
{
    public void Configure(EntityTypeBuilder<ReportSubscription> b)
    {
        b.Property(s => s.UserId).HasMaxLength(450);
        b.HasIndex(s => s.UserId).IsUnique();
    }
}
