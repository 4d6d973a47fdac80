using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Payroll;

/// <summary>The casual rate is per day or per week (Q19: the workbook's 1,200 reads as weekly).</summary>
public enum RateUnit { Day, Week }

public enum CasualStatus { Pending, Paid }

/// <summary>Casual workers hired for a task (DOMAIN §7.1): total = workers × rate × days or weeks.</summary>
public class CasualLabour : IAudited, IVersioned
{
    public int Id { get; set; }
    public DateOnly Day { get; set; }
    /// <summary>The names, as the clerk writes them.</summary>
    public string Workers { get; set; } = "";
    public int WorkerCount { get; set; } = 1;
    public string Task { get; set; } = "";
    public decimal Rate { get; set; }
    public RateUnit Unit { get; set; }
    /// <summary>How many days or weeks at the rate.</summary>
    public decimal Periods { get; set; } = 1;
    public CasualStatus Status { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTimeOffset? PaidAt { get; set; }
    public string? PaidByName { get; set; }
    public Guid Version { get; set; }

    public decimal Total => Math.Round(WorkerCount * Rate * Periods, 2);
}

public sealed record CasualInput(DateOnly Day, string Workers, int WorkerCount, string Task, decimal Rate, RateUnit Unit, decimal Periods);
