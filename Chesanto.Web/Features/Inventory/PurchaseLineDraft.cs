namespace Chesanto.Web.Features.Inventory;

/// <summary>One purchase line as the clerk is typing it: quantity in the item's purchase unit, cost per purchase unit.</summary>
public sealed class PurchaseLineDraft
{
    public int ItemId { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitCost { get; set; }
    public decimal Total => Quantity * UnitCost;
}
