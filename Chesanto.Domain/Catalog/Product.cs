using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;

namespace Chesanto.Domain.Catalog;

/// <summary>Something the bakery bakes and sells by the packet: Bread, KDF, Scones (DOMAIN §2.1).</summary>
public class Product : IAudited, IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>What the pieces are called, e.g. "Loaves".</summary>
    public string Alias { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>What one packet is called on screens and slips, e.g. "loaf".</summary>
    public string PacketLabel { get; set; } = "packet";
    public int UnitsPerPacket { get; set; } = 1;
    /// <summary>Packets a mix is expected to give.</summary>
    public int BaselineOutput { get; set; }
    public int? MinExpectedOutput { get; set; }
    public int? MaxExpectedOutput { get; set; }
    /// <summary>Hand-cut products (KDF) give a different count every mix; machine-weighed ones do not.</summary>
    public bool HasVariableOutput { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The second-grade goods sold off cheaply, e.g. "Bread Rejects"; null when there are none.</summary>
    public string? SubProductName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }

    public List<Mix> Mixes { get; set; } = [];
}
