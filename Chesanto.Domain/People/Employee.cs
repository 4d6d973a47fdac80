using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.People;

public enum Department { Production, Sales, Admin, Finance, Distribution }
public enum EmploymentType { Permanent, Contract, Casual, Intern }
public enum EmploymentStatus { Active, Suspended, Terminated }
public enum SalaryType { Monthly, Daily, Weekly, Hourly }

/// <summary>One person on the staff register, optionally linked to a login (DOMAIN §1.5, §7.1).</summary>
public class Employee : IAudited, IVersioned
{
    public int Id { get; set; }
    /// <summary>The bakery's staff number, e.g. CHE028.</summary>
    public string EmployeeNumber { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string? MiddleNames { get; set; }
    public string LastName { get; set; } = "";
    /// <summary>E.164, e.g. +254712345678.</summary>
    public string PhonePrimary { get; set; } = "";
    public string? PhoneSecondary { get; set; }
    public string? NationalId { get; set; }
    public string Position { get; set; } = "";
    public Department Department { get; set; }
    public EmploymentType Type { get; set; }
    public EmploymentStatus Status { get; set; } = EmploymentStatus.Active;
    public DateOnly HireDate { get; set; }
    public DateOnly? TerminationDate { get; set; }

    public SalaryType SalaryType { get; set; } = SalaryType.Monthly;
    public decimal BasicSalary { get; set; }
    public decimal HousingAllowance { get; set; }
    public decimal TransportAllowance { get; set; }
    public decimal OtherAllowance { get; set; }
    /// <summary>KES per mix worked beyond the shift (workbook: 31).</summary>
    public decimal OvertimeRatePerMix { get; set; }
    /// <summary>Bonus percent of daily sales over target (default 7).</summary>
    public decimal CommissionRatePercent { get; set; } = 7m;
    public decimal DailySalesTarget { get; set; }
    public string? MpesaNumber { get; set; }
    public string? BankName { get; set; }
    public string? BankAccount { get; set; }
    public string? KraPin { get; set; }
    public string? NssfNumber { get; set; }
    public string? ShifNumber { get; set; }

    public string? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }

    public string FullName => string.Join(' ', new[] { FirstName, MiddleNames, LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
    /// <summary>The bakery always divides by 30, whatever the month (DOMAIN §7.3, Q21).</summary>
    public decimal PayPerDay => Math.Round(BasicSalary / 30m, 2);
}
