using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class UserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        b.Property(u => u.FirstName).HasMaxLength(100);
        b.Property(u => u.MiddleNames).HasMaxLength(100);
        b.Property(u => u.LastName).HasMaxLength(100);
        b.Ignore(u => u.FullName);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<UserInvitation>
{
    public void Configure(EntityTypeBuilder<UserInvitation> b)
    {
        b.Property(i => i.Email).HasMaxLength(256);
        b.Property(i => i.FullName).HasMaxLength(200);
        b.Property(i => i.UserId).HasMaxLength(450);
        b.HasIndex(i => i.UserId);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmailOtpConfiguration : IEntityTypeConfiguration<EmailOtp>
{
    public void Configure(EntityTypeBuilder<EmailOtp> b)
    {
        b.Property(o => o.UserId).HasMaxLength(450);
        b.Property(o => o.CodeHash).HasMaxLength(128);
        b.Property(o => o.IpAddress).HasMaxLength(64);
        b.HasIndex(o => new { o.UserId, o.Purpose, o.CreatedAt });
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        b.Property(e => e.EmployeeNumber).HasMaxLength(16);
        b.HasIndex(e => e.EmployeeNumber).IsUnique();
        b.Property(e => e.NationalId).HasMaxLength(8);
        b.HasIndex(e => e.NationalId).IsUnique();
        b.Property(e => e.UserId).HasMaxLength(450);
        b.HasIndex(e => e.UserId).IsUnique();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.SetNull);
        foreach (var name in new[] { nameof(Employee.FirstName), nameof(Employee.MiddleNames), nameof(Employee.LastName), nameof(Employee.Position), nameof(Employee.BankName) })
            b.Property(name).HasMaxLength(100);
        foreach (var name in new[] { nameof(Employee.PhonePrimary), nameof(Employee.PhoneSecondary), nameof(Employee.MpesaNumber), nameof(Employee.BankAccount), nameof(Employee.KraPin), nameof(Employee.NssfNumber), nameof(Employee.ShifNumber) })
            b.Property(name).HasMaxLength(32);
        b.Property(e => e.CommissionRatePercent).HasPrecision(5, 2);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.FullName);
        b.Ignore(e => e.PayPerDay);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Entity).HasMaxLength(64);
        b.Property(a => a.EntityKey).HasMaxLength(64);
        b.Property(a => a.Message).HasMaxLength(500);
        b.Property(a => a.IpAddress).HasMaxLength(64);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.Entity, a.EntityKey });
    }
}
