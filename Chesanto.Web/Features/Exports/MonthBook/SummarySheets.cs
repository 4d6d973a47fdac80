using System.Globalization;
using Chesanto.Domain.Books;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>"&lt;Month&gt; Summary" (WORKBOOK §13): each product's month on the recipe-cost basis, with the month's total.</summary>
internal static class MonthSummarySheet
{
    public static string NameOf(DateOnly month) => month.ToString("MMMM", CultureInfo.InvariantCulture) + " Summary";

    private static readonly ExcelColumn<ProductFigures>[] Columns =
    [
        new("Product", p => p.Product),
        new("Expected packets", p => p.ExpectedPackets, CellKind.Integer, Total: true),
        new("Produced", p => p.Produced, CellKind.Integer, Total: true),
        new("Rejects", p => p.Rejects, CellKind.Integer, Total: true),
        new("Dispatched", p => p.Dispatched, CellKind.Integer, Total: true),
        new("Returned", p => p.Returned, CellKind.Integer, Total: true),
        new("Damaged", p => p.Damaged, CellKind.Integer, Total: true),
        new("Sold", p => p.Sold, CellKind.Integer, Total: true),
        new("Sales (KES)", p => p.Sales, CellKind.Money, Total: true),
        new("Production cost (KES)", p => Math.Round(p.ProductionCost, 2, MidpointRounding.AwayFromZero), CellKind.Money, Total: true),
        new("Gross profit (KES)", p => Math.Round(p.Gross, 2, MidpointRounding.AwayFromZero), CellKind.Money, Total: true),
        new("Packaging (KES)", p => Math.Round(p.Packaging, 2, MidpointRounding.AwayFromZero), CellKind.Money, Total: true),
        new("Commission (KES)", p => p.Commission, CellKind.Money, Total: true),
        new("Net profit (KES)", p => Math.Round(p.Net, 2, MidpointRounding.AwayFromZero), CellKind.Money, Total: true),
        new("Margin %", p => p.MarginPercent, CellKind.Quantity, 2),
    ];

    public static void Add(ExcelWorkbook workbook, DateOnly month, PeriodSummary summary) =>
        workbook.AddSheet(NameOf(month), Columns, summary.Products, "Total");
}

/// <summary>"Month on Month Numbers" (WORKBOOK §14): the statement's lines down, one column per month (oldest first), then units produced.</summary>
internal static class MonthOnMonthSheet
{
    public const string Name = "Month on Month Numbers";

    internal sealed record Row(string Line, Func<ProfitAndLoss, decimal?> Value, CellKind Kind = CellKind.Money);

    public static void Add(ExcelWorkbook workbook, IReadOnlyList<ProfitAndLoss> months)
    {
        var columns = new List<ExcelColumn<Row>> { new("Line", r => r.Line) };
        columns.AddRange(months.Select(m => new ExcelColumn<Row>(m.FirstDay.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            r => r.Value(m) is { } v && r.Kind == CellKind.Money ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : r.Value(m), CellKind.Money)));
        workbook.AddSheet(Name, columns, Rows(months).ToList());
    }

    private static IEnumerable<Row> Rows(IReadOnlyList<ProfitAndLoss> months)
    {
        static Row Header(string line) => new(line, _ => null);
        IEnumerable<Row> Lines(Func<ProfitAndLoss, IEnumerable<PnlLine>> of) =>
            months.SelectMany(of).Select(l => l.Label).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(label => new Row(label, m => of(m).Where(l => string.Equals(l.Label, label, StringComparison.OrdinalIgnoreCase)).Sum(l => l.Amount)));

        yield return Header("Revenue");
        foreach (var row in Lines(m => m.Revenue)) yield return row;
        yield return new("Total Revenue", m => m.TotalRevenue);
        foreach (var section in months.SelectMany(m => m.CostOfSales).Select(b => (b.Section, b.Title)).Distinct())
        {
            yield return Header(section.Title);
            foreach (var row in Lines(m => m.CostOfSales.Where(b => b.Section == section.Section).SelectMany(b => b.Lines))) yield return row;
            yield return new($"Total {section.Title.ToLowerInvariant()}", m => m.Block(section.Section));
        }
        yield return new("Total cost of sales", m => m.TotalCostOfSales);
        yield return new("Gross profit", m => m.GrossProfit);
        yield return Header("Administrative");
        foreach (var row in Lines(m => m.Administrative.Lines)) yield return row;
        yield return new("Total administrative", m => m.Administrative.Total);
        yield return new("Profit before tax", m => m.ProfitBeforeTax);
        yield return new("Tax", m => m.Tax.Amount);
        yield return new("Net Profit/Loss", m => m.NetProfit);
        yield return new("Education policy", m => m.Reserves.Amount);
        yield return new("Net Profit/Loss after the education policy", m => m.AfterReserves);
        yield return Header("Production units");
        foreach (var product in months.SelectMany(m => m.Products.Products).Select(p => p.Product).Distinct())
            yield return new(product, m => m.Products.Products.Where(p => p.Product == product).Sum(p => p.Produced), CellKind.Integer);
    }
}
