using System.Globalization;
using Chesanto.Domain.Books;
using Chesanto.Domain.Production;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>"Packaging materials accounting" (WORKBOOK §3): per day and product, the packets bagged and what the bags cost.</summary>
internal static class PackagingSheet
{
    public const string Name = "Packaging materials accounting";

    private static readonly ExcelColumn<ProductionSheet.Row>[] Columns =
    [
        new("Date", r => r.Date, CellKind.Date),
        new("Product", r => r.Product),
        new("Packets produced", r => r.Actual, CellKind.Integer, Total: true),
        new("Cost per packet (KES)", r => r.Actual == 0 ? null : Math.Round(r.Packaging / r.Actual, 3, MidpointRounding.AwayFromZero), CellKind.Money, 3),
        new("Packaging cost (KES)", r => r.Packaging, CellKind.Money, Total: true),
    ];

    public static void Add(ExcelWorkbook workbook, ProductionRange range) =>
        workbook.AddSheet(Name, Columns, ProductionSheet.Rows(range).ToList(), "Total");
}

/// <summary>"&lt;Month&gt; Deficits" (WORKBOOK §10): each salesperson's or depot's expected against actual banking, from the settlements.</summary>
internal static class DeficitSheet
{
    public static string NameOf(DateOnly month) => month.ToString("MMMM", CultureInfo.InvariantCulture) + " Deficits";

    private static readonly ExcelColumn<RecipientFigures>[] Columns =
    [
        new("Salesman/Depot", r => r.Recipient),
        new("Days settled", r => r.DaysSettled, CellKind.Integer, Total: true),
        new("Expected retired amount (KES)", r => r.ExpectedBanking, CellKind.Money, Total: true),
        new("Actual banking (KES)", r => r.Banked, CellKind.Money, Total: true),
        new("Total deficit (KES)", r => r.Deficit, CellKind.Money, Total: true),
        new("Days short", r => r.DeficitDays, CellKind.Integer, Total: true),
        new("Crates short", r => r.CratesShort, CellKind.Integer, Total: true),
    ];

    public static void Add(ExcelWorkbook workbook, DateOnly month, PeriodSummary summary) =>
        workbook.AddSheet(NameOf(month), Columns, summary.Recipients, "Total");
}
