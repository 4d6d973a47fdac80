using Chesanto.Domain.Audit;

namespace Chesanto.Domain.Catalog;

/// <summary>Who a packet is sold to: the shop and salesmen, distributors, or as rejects (DOMAIN §2.1–2.3, Q6).</summary>
public enum PriceChannel { Sales, Distributor, Rejects }

/// <summary>
/// The price of one packet of a product on one channel from <see cref="EffectiveFrom"/> until a later row for the
/// same product and channel. The list is append-only history: a new price is a new row, never an edit of an old one,
/// so any past day's takings can be priced as they were.
/// </summary>
public class ProductPrice : IAudited
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public PriceChannel Channel { get; set; }
    /// <summary>KES per packet.</summary>
    public decimal PricePerPacket { get; set; }
    /// <summary>The first Nairobi business day this price applies to.</summary>
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Null for the seeded prices.</summary>
    public string? SetById { get; set; }
    public DateTimeOffset SetAt { get; set; }
}
