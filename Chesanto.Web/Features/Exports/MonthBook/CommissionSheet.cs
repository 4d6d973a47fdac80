using Chesanto.Domain.Sales;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>"Sales commissions" (WORKBOOK §11): each recipient's month: per-unit commission deducted and the bonus to pay through payroll.</summary>
internal static class CommissionSheet
{
    public const string Name = "Sales commissions";

    public static void Add(ExcelWorkbook workbook, IReadOnlyList<CommissionStatement> statements)
    {
        var products = statements.FirstOrDefault()?.Products ?? [];
        var columns = new List<ExcelColumn<CommissionStatement>>
        {
            new("Salesman", s => s.Recipient),
            new("Kind", s => s.Kind.ToString()),
            new("Days settled", s => s.Days.Count, CellKind.Integer, Total: true),
        };
        columns.AddRange(products.Select(p => new ExcelColumn<CommissionStatement>($"{p.Name} sold", s => s.Sold(p.Id), CellKind.Integer, Total: true)));
        columns.AddRange(
        [
            new("Sales (KES)", s => s.Sales, CellKind.Money, Total: true),
            new("Commission deducted (KES)", s => s.Commission, CellKind.Money, Total: true),
            new("Bonus to pay (KES)", s => s.Bonus, CellKind.Money, Total: true),
            new("Expected banking (KES)", s => s.Expected, CellKind.Money, Total: true),
            new("Banked (KES)", s => s.Banked, CellKind.Money, Total: true),
            new("Deficit (KES)", s => s.Deficit, CellKind.Money, Total: true),
        ]);
        workbook.AddSheet(Name, columns, statements, "Total");
    }
}
