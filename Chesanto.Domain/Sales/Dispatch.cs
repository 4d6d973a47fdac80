using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Production;

namespace Chesanto.Domain.Sales;

/// <summary>
/// Goods and crates sent out to a recipient on a business day (DOMAIN §5.4). A recipient may get several a day
/// (top-ups). Its stock effects are rows in the finished-goods and crate ledgers referencing it; a cancelled
/// dispatch stays, with reversals posted.
/// </summary>
public class Dispatch : IAudited, IVersioned
{
    public const string ReferenceType = "Dispatch";

    public int Id { get; set; }
    public int RecipientId { get; set; }
    public SalesRecipient? Recipient { get; set; }
    public DateOnly Day { get; set; }
    public PriceChannel Channel { get; set; }
    public int Crates { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset DispatchedAt { get; set; }
    public string? DispatchedById { get; set; }
    public string DispatchedByName { get; set; } = "";
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledByName { get; set; }
    public string? CancelReason { get; set; }
    public Guid Version { get; set; }

    public List<DispatchLine> Lines { get; set; } = [];

    public bool IsCancelled => CancelledAt is not null;
    public decimal Value => Lines.Sum(l => l.Value);
}

/// <summary>Packets of one product and grade, priced at the channel price in force on the dispatch day.</summary>
public class DispatchLine
{
    public int Id { get; set; }
    public int DispatchId { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public Grade Grade { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }

    public decimal Value => Quantity * UnitPrice;
}
