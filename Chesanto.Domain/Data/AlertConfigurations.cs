using Chesanto.Domain.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.Property(a => a.Kind).HasMaxLength(64);
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Message).HasMaxLength(2000);
        b.Property(a => a.Link).HasMaxLength(500);
        b.Property(a => a.SubjectKey).HasMaxLength(128);
        b.Property(a => a.ResolvedById).HasMaxLength(450);
        b.Property(a => a.ResolvedByName).HasMaxLength(256);
        b.Property(a => a.Resolution).HasMaxLength(1000);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.IsOpen);
        b.HasIndex(a => a.ResolvedAt);
        b.HasIndex(a => a.RaisedAt);
        // One open alert per kind and subject, even when two raises race.
        b.HasIndex(a => new { a.Kind, a.SubjectKey }).IsUnique()
            .HasFilter("[ResolvedAt] IS NULL AND [SubjectKey] IS NOT NULL");
    }
}
