using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Inventory;

/// <summary>Someone the bakery buys from: a flour mill, a sugar company (DOMAIN §3.1).</summary>
public class Supplier : IAudited, IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? ContactPerson { get; set; }
    /// <summary>E.164 (+254...), normalised with <see cref="People.KenyanPhone"/> when given.</summary>
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    /// <summary>E.g. "Net 30 days", "Cash on delivery".</summary>
    public string? PaymentTerms { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }
}
