using Chesanto.Domain.Accounting;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>"Expenditure" (WORKBOOK §8): the month's cash-book lines, with the category the workbook only implied, and their total.</summary>
internal static class ExpenditureSheet
{
    public const string Name = "Expenditure";

    private static readonly ExcelColumn<Expense>[] Columns =
    [
        new("Date", e => e.Date, CellKind.Date),
        new("Description", e => e.Description),
        new("Quantity", e => e.Quantity, CellKind.Quantity),
        new("Unit cost", e => e.UnitCost, CellKind.Money),
        new("Total", e => e.Total, CellKind.Money, Total: true),
        new("Category", e => e.Category.Title()),
        new("Payment", e => e.PaymentMethod.ToString()),
        new("Reference", e => e.Reference),
    ];

    public static void Add(ExcelWorkbook workbook, IReadOnlyList<Expense> expenses) =>
        workbook.AddSheet(Name, Columns, expenses, "Total Expenditure");
}
