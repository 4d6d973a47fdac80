using Chesanto.Domain.Attendance;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> b)
    {
        b.ToTable("AttendanceRecords");
        b.HasIndex(a => new { a.EmployeeId, a.WorkDate }).IsUnique();
        b.HasIndex(a => a.WorkDate);
        b.Property(a => a.ClockInIp).HasMaxLength(64);
        b.Property(a => a.ClockOutIp).HasMaxLength(64);
        b.Property(a => a.ClockedInVia).HasMaxLength(256);
        b.Property(a => a.CorrectionReason).HasMaxLength(500);
        b.Property(a => a.CorrectedByName).HasMaxLength(256);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.IsIn);
        b.HasOne(a => a.Employee).WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttendancePinConfiguration : IEntityTypeConfiguration<AttendancePin>
{
    public void Configure(EntityTypeBuilder<AttendancePin> b)
    {
        b.ToTable("AttendancePins");
        b.HasKey(p => p.EmployeeId);
        b.Property(p => p.EmployeeId).ValueGeneratedNever();
        b.Property(p => p.PinHash).HasMaxLength(256);
        b.HasOne<Employee>().WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
