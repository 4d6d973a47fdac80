using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>"Closing stock product" (WORKBOOK §5): each day's finished stock per product from the finished-goods ledger.</summary>
internal static class ProductStockSheet
{
    public const string Name = "Closing stock product";

    private static readonly ExcelColumn<FinishedStockDay>[] Columns =
    [
        new("Date", d => d.Date, CellKind.Date),
        new("Product", d => d.Line.Product),
        new("Opening stock", d => d.Line.Opening, CellKind.Integer),
        new("Produced", d => d.Line.Produced, CellKind.Integer),
        new("Dispatched", d => d.Line.Dispatched, CellKind.Integer),
        new("Returned", d => d.Line.Returned, CellKind.Integer),
        new("Damaged", d => d.Line.Damaged, CellKind.Integer),
        new("Adjusted", d => d.Line.Adjusted, CellKind.Integer),
        new("Closing stock", d => d.Line.Closing, CellKind.Integer),
        new("Counted at close", d => d.Counted, CellKind.Integer),
    ];

    public static void Add(ExcelWorkbook workbook, IReadOnlyList<FinishedStockDay> days) => workbook.AddSheet(Name, Columns, days);
}

/// <summary>"Closing stock inventory" (WORKBOOK §6): each item's month from the stock ledger, in its recipe unit.</summary>
internal static class InventoryStockSheet
{
    public const string Name = "Closing stock inventory";

    private static readonly ExcelColumn<StockMonthLine>[] Columns =
    [
        new("Item", l => l.Item),
        new("Unit", l => l.Unit),
        new("Opening stock", l => l.Opening, CellKind.Quantity),
        new("Purchases", l => l.Purchased, CellKind.Quantity),
        new("Used in production", l => l.Used, CellKind.Quantity),
        new("Wasted", l => l.Wasted, CellKind.Quantity),
        new("Returned to supplier", l => l.ReturnedToSupplier, CellKind.Quantity),
        new("Counts and corrections", l => l.Adjusted, CellKind.Quantity),
        new("Closing stock", l => l.Closing, CellKind.Quantity),
        new("Cost per unit (KES)", l => l.CostPerUnit, CellKind.Money, 4),
        new("Closing value (KES)", l => Math.Round(l.ClosingValue, 2, MidpointRounding.AwayFromZero), CellKind.Money, Total: true),
    ];

    public static void Add(ExcelWorkbook workbook, IReadOnlyList<StockMonthLine> lines) => workbook.AddSheet(Name, Columns, lines, "Total");
}
