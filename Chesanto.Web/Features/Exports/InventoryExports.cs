using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;

namespace Chesanto.Web.Features.Exports;

/// <summary>The inventory's Excel files: the item list, the stock movement history and the purchases.</summary>
public sealed class InventoryExports(CatalogService catalog, ReorderAdvisor advisor, InventoryReportQueries queries)
{
    private sealed record ItemRow(InventoryItem Item, ReorderStatus? Status);
    private sealed record LineRow(Purchase Purchase, PurchaseLine Line);

    private static readonly ExcelColumn<ItemRow>[] ItemColumns =
    [
        new("Item", r => r.Item.Name),
        new("Category", r => CategoryName(r.Item.Category)),
        new("Purchase unit", r => r.Item.PurchaseUnit),
        new("Recipe unit", r => r.Item.RecipeUnit),
        new("Factor", r => r.Item.ConversionFactor, CellKind.Quantity),
        new("Cost per purchase unit (KES)", r => r.Item.CostPerPurchaseUnit, CellKind.Money),
        // Four places: salt at 35.50 a kg is 0.0355 a gram, and 2 places would show 0.04 (P15).
        new("Cost per recipe unit (KES)", r => r.Item.CostPerRecipeUnit, CellKind.Money, 4),
        new("Stock (recipe units)", r => r.Status?.Stock ?? 0m, CellKind.Quantity),
        new("Reorder level", r => r.Item.ReorderLevel, CellKind.Quantity),
        new("Days of cover", r => r.Status?.DaysRemaining, CellKind.Integer),
        new("Level", r => r.Status?.Level.ToString().ToUpperInvariant()),
    ];

    private static readonly ExcelColumn<MovementReportRow>[] MovementColumns =
    [
        new("No.", m => m.Id, CellKind.Integer),
        new("When (Nairobi)", m => m.OccurredAt, CellKind.DateTime),
        new("Business day", m => m.BusinessDay, CellKind.Date),
        new("Item", m => m.Item),
        new("Type", m => Words(m.Type.ToString())),
        new("Quantity", m => m.Quantity, CellKind.Quantity),
        new("Unit", m => m.Unit),
        new("Reason", m => m.Reason),
        new("Reference", m => m.ReferenceType is null ? null : $"{m.ReferenceType} {m.ReferenceId}".Trim()),
        new("By", m => m.UserName),
        new("Reverses No.", m => m.ReversesMovementId, CellKind.Integer),
    ];

    private static readonly ExcelColumn<Purchase>[] PurchaseColumns =
    [
        new("Number", p => p.Number),
        new("Date", p => p.PurchaseDate, CellKind.Date),
        new("Supplier", p => p.Supplier?.Name),
        new("Status", p => p.Status.ToString()),
        new("Expected", p => p.ExpectedDelivery, CellKind.Date),
        new("Received", p => p.ReceivedOn, CellKind.Date),
        new("Lines", p => p.Lines.Count, CellKind.Integer),
        new("Total (KES)", p => p.Total, CellKind.Money),
        new("Notes", p => p.Notes),
    ];

    private static readonly ExcelColumn<LineRow>[] LineColumns =
    [
        new("Number", r => r.Purchase.Number),
        new("Date", r => r.Purchase.PurchaseDate, CellKind.Date),
        new("Supplier", r => r.Purchase.Supplier?.Name),
        new("Status", r => r.Purchase.Status.ToString()),
        new("Item", r => r.Line.InventoryItem?.Name),
        new("Quantity", r => r.Line.Quantity, CellKind.Quantity),
        new("Unit", r => r.Line.InventoryItem?.PurchaseUnit),
        new("Unit cost (KES)", r => r.Line.UnitCost, CellKind.Money),
        new("Line total (KES)", r => r.Line.Total, CellKind.Money),
    ];

    public async Task<byte[]> ItemsAsync()
    {
        var items = await catalog.ListItemsAsync();
        var statuses = (await advisor.StatusAsync()).ToDictionary(s => s.InventoryItemId);
        using var workbook = new ExcelWorkbook()
            .AddSheet("Items", ItemColumns, items.Select(i => new ItemRow(i, statuses.GetValueOrDefault(i.Id))));
        return workbook.ToBytes();
    }

    public async Task<byte[]> MovementsAsync(DateOnly from, DateOnly to, int? itemId)
    {
        var movements = await queries.MovementsAsync(from, to, itemId);
        using var workbook = new ExcelWorkbook().AddSheet("Stock movements", MovementColumns, movements);
        return workbook.ToBytes();
    }

    public async Task<byte[]> PurchasesAsync(DateOnly from, DateOnly to)
    {
        var purchases = await queries.PurchasesAsync(from, to);
        using var workbook = new ExcelWorkbook()
            .AddSheet("Purchases", PurchaseColumns, purchases)
            .AddSheet("Lines", LineColumns, purchases.SelectMany(p => p.Lines.OrderBy(l => l.Id).Select(l => new LineRow(p, l))));
        return workbook.ToBytes();
    }

    /// <summary>"ReturnToSupplier" as "Return to supplier".</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : ch.ToString()));

    /// <summary>The category names of DOMAIN §3.3.</summary>
    public static string CategoryName(InventoryCategory category) => category switch
    {
        InventoryCategory.Raw => "Raw materials",
        InventoryCategory.FuelEnergy => "Fuel & energy",
        _ => category.ToString(),
    };
}
