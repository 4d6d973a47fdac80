using Chesanto.Domain.Payroll;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chesanto.Domain.Data;

internal sealed class PayrollRunConfiguration : IEntityTypeConfiguration<PayrollRun>
{
    public void Configure(EntityTypeBuilder<PayrollRun> b)
    {
        b.HasIndex(r => new { r.Year, r.Month }).IsUnique();
        b.Property(r => r.CreatedByName).HasMaxLength(256);
        b.Property(r => r.ApprovedByName).HasMaxLength(256);
        b.Property(r => r.PaidByName).HasMaxLength(256);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasMany(r => r.Payslips).WithOne(p => p.Run).HasForeignKey(p => p.PayrollRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PayslipConfiguration : IEntityTypeConfiguration<Payslip>
{
    public void Configure(EntityTypeBuilder<Payslip> b)
    {
        b.HasIndex(p => new { p.PayrollRunId, p.EmployeeId }).IsUnique();
        b.Property(p => p.EmployeeNumber).HasMaxLength(32);
        b.Property(p => p.EmployeeName).HasMaxLength(256);
        b.Property(p => p.Position).HasMaxLength(128);
        b.Property(p => p.MpesaNumber).HasMaxLength(32);
        b.Property(p => p.BankName).HasMaxLength(128);
        b.Property(p => p.BankAccount).HasMaxLength(64);
        foreach (var money in new[] { nameof(Payslip.MonthlySalary), nameof(Payslip.OvertimeRate), nameof(Payslip.MpesaFeeRefund),
                     nameof(Payslip.CommissionEarned), nameof(Payslip.Lunch), nameof(Payslip.Advance), nameof(Payslip.Recovery),
                     nameof(Payslip.Paye), nameof(Payslip.Nssf), nameof(Payslip.HealthInsurance), nameof(Payslip.HousingLevy) })
            b.Property(money).HasPrecision(18, 2);
        b.Property(p => p.OvertimeMixes).HasPrecision(18, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.Employee).WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmployeeBalanceEntryConfiguration : IEntityTypeConfiguration<EmployeeBalanceEntry>
{
    public void Configure(EntityTypeBuilder<EmployeeBalanceEntry> b)
    {
        b.Property(e => e.Amount).HasPrecision(18, 2);
        b.Property(e => e.Description).HasMaxLength(500);
        b.Property(e => e.RecordedByName).HasMaxLength(256);
        b.HasIndex(e => e.EmployeeId);
        b.HasIndex(e => e.PayslipId);
        b.HasOne(e => e.Employee).WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CasualLabourConfiguration : IEntityTypeConfiguration<CasualLabour>
{
    public void Configure(EntityTypeBuilder<CasualLabour> b)
    {
        b.ToTable("CasualLabour");
        b.Property(c => c.Workers).HasMaxLength(500);
        b.Property(c => c.Task).HasMaxLength(200);
        b.Property(c => c.Rate).HasPrecision(18, 2);
        b.Property(c => c.Periods).HasPrecision(18, 2);
        b.Property(c => c.RecordedByName).HasMaxLength(256);
        b.Property(c => c.PaidByName).HasMaxLength(256);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => c.Day);
    }
}

internal sealed class StatutoryRuleConfiguration : IEntityTypeConfiguration<StatutoryRule>
{
    public void Configure(EntityTypeBuilder<StatutoryRule> b)
    {
        b.Property(r => r.Rate).HasPrecision(9, 5);
        b.Property(r => r.Minimum).HasPrecision(18, 2);
        b.Property(r => r.Maximum).HasPrecision(18, 2);
        b.Property(r => r.Amount).HasPrecision(18, 2);
        b.Property(r => r.Note).HasMaxLength(500);
        b.HasMany(r => r.Bands).WithOne().HasForeignKey(x => x.StatutoryRuleId).OnDelete(DeleteBehavior.Cascade);
        b.HasData(StatutorySeed.Rules);
    }
}

internal sealed class StatutoryBandConfiguration : IEntityTypeConfiguration<StatutoryBand>
{
    public void Configure(EntityTypeBuilder<StatutoryBand> b)
    {
        b.Property(x => x.UpTo).HasPrecision(18, 2);
        b.Property(x => x.Rate).HasPrecision(9, 5);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.HasData(StatutorySeed.Bands);
    }
}
