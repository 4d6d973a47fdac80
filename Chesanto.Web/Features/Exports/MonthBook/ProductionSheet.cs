using Chesanto.Domain.Production;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>"Production" (WORKBOOK §2): per day and product, the mixes, packets and their ingredient and packaging cost.</summary>
internal static class ProductionSheet
{
    public const string Name = "Production";

    internal sealed record Row(DateOnly Date, string Product, int Mixes, int Expected, int Actual, int Rejects, decimal Ingredient, decimal Packaging);

    private static readonly ExcelColumn<Row>[] Columns =
    [
        new("Date", r => r.Date, CellKind.Date),
        new("Product", r => r.Product),
        new("Mixes", r => r.Mixes, CellKind.Integer, Total: true),
        new("Expected packets", r => r.Expected, CellKind.Integer, Total: true),
        new("Actual packets", r => r.Actual, CellKind.Integer, Total: true),
        new("Rejects", r => r.Rejects, CellKind.Integer, Total: true),
        new("Ingredient cost (KES)", r => r.Ingredient, CellKind.Money, Total: true),
        new("Packaging cost (KES)", r => r.Packaging, CellKind.Money, Total: true),
        new("Total cost (KES)", r => r.Ingredient + r.Packaging, CellKind.Money, Total: true),
    ];

    public static void Add(ExcelWorkbook workbook, ProductionRange range) =>
        workbook.AddSheet(Name, Columns, Rows(range), "Total");

    internal static IEnumerable<Row> Rows(ProductionRange range) =>
        range.Days.SelectMany(d => d.Batches.GroupBy(b => (b.ProductId, b.Product)).OrderBy(g => g.Key.ProductId)
            .Select(g => new Row(d.Date, g.Key.Product, g.Count(), g.Sum(b => b.Expected), g.Sum(b => b.Actual), g.Sum(b => b.Rejects),
                ProductionCosting.Shown(g.Sum(b => b.Ingredient)), ProductionCosting.Shown(g.Sum(b => b.Packaging)))));
}
