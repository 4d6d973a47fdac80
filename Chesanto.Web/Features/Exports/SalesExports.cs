using Chesanto.Domain.Sales;

namespace Chesanto.Web.Features.Exports;

/// <summary>Sales' Excel files: the day's dispatch sheet in the workbook's layout, and the month's commissions.</summary>
public sealed class SalesExports(DaySheetQuery sheets, SalesQueries queries)
{
    /// <summary>
    /// The workbook's "Dispatch and Sales per day" columns, per product: dispatched, price, expected, returns, sold,
    /// selling price, sales, commission, net; then the row's totals and banking. A last row holds the subtotals.
    /// </summary>
    public async Task<byte[]> DayAsync(DateOnly day)
    {
        var sheet = await sheets.SheetAsync(day);
        var columns = new List<ExcelColumn<DaySheetRow>>
        {
            new("Date", r => r.SalesDay, CellKind.Date),
            new("Staff name", r => r.Recipient),
            new("Position", r => r.Position),
        };
        foreach (var p in sheet.Products)
        {
            DaySheetCell? Of(DaySheetRow r) => r.Cells.GetValueOrDefault(p.Id);
            columns.AddRange(
            [
                new($"{p.Name} dispatched", r => Of(r)?.Out, CellKind.Integer),
                new($"{p.Name} price", r => Of(r)?.Price, CellKind.Money),
                new($"{p.Name} expected (KES)", r => Of(r)?.Expected, CellKind.Money),
                new($"{p.Name} returns", r => Of(r)?.Returned, CellKind.Integer),
                new($"{p.Name} sold", r => Of(r)?.Sold, CellKind.Integer),
                new($"{p.Name} sales (KES)", r => Of(r)?.Sales, CellKind.Money),
                new($"{p.Name} commission (KES)", r => Of(r)?.Commission, CellKind.Money),
                new($"{p.Name} net (KES)", r => Of(r)?.Net, CellKind.Money),
            ]);
        }
        columns.AddRange(
        [
            new("Total sales (KES)", r => r.Sales, CellKind.Money),
            new("Total commission (KES)", r => r.Commission, CellKind.Money),
            new("Net sales (KES)", r => r.Net, CellKind.Money),
            new("Total expected banking (KES)", r => r.ExpectedBanking, CellKind.Money),
            new("Actual banking (KES)", r => r.Banked, CellKind.Money),
            new("Difference (KES)", r => r.Deficit, CellKind.Money),
            new("Comment", r => r.Comment),
        ]);
        using var workbook = new ExcelWorkbook();
        return workbook.AddSheet($"Dispatch {day:dd.MM.yyyy}", columns, sheet.Rows.Append(Subtotal(sheet))).ToBytes();
    }

    public async Task<byte[]> CommissionsAsync(DateOnly month)
    {
        var statements = await queries.MonthCommissionsAsync(month);
        var products = statements.FirstOrDefault()?.Products ?? [];
        var days = statements.SelectMany(s => s.Days.Select(d => (s.Recipient, Day: d))).ToList();
        var dayColumns = new List<ExcelColumn<(string Recipient, CommissionDay Day)>>
        {
            new("Date", x => x.Day.Day, CellKind.Date),
            new("Recipient", x => x.Recipient),
        };
        dayColumns.AddRange(products.Select(p => new ExcelColumn<(string Recipient, CommissionDay Day)>(
            $"{p.Name} sold", x => x.Day.SoldByProduct.GetValueOrDefault(p.Id), CellKind.Integer)));
        dayColumns.AddRange(
        [
            new("Sales (KES)", x => x.Day.Sales, CellKind.Money),
            new("Commission deducted (KES)", x => x.Day.Commission, CellKind.Money),
            new("Expected banking (KES)", x => x.Day.Expected, CellKind.Money),
            new("Banked (KES)", x => x.Day.Banked, CellKind.Money),
            new("Deficit (KES)", x => x.Day.Deficit, CellKind.Money),
            new("Daily target (KES)", x => x.Day.Target, CellKind.Money),
            new("Bonus (KES)", x => x.Day.Bonus, CellKind.Money),
        ]);
        ExcelColumn<CommissionStatement>[] summary =
        [
            new("Recipient", s => s.Recipient),
            new("Kind", s => s.Kind.ToString()),
            new("Days settled", s => s.Days.Count, CellKind.Integer),
            new("Sales (KES)", s => s.Sales, CellKind.Money),
            new("Commission deducted (KES)", s => s.Commission, CellKind.Money),
            new("Bonus to pay (KES)", s => s.Bonus, CellKind.Money),
            new("Expected banking (KES)", s => s.Expected, CellKind.Money),
            new("Banked (KES)", s => s.Banked, CellKind.Money),
            new("Deficit (KES)", s => s.Deficit, CellKind.Money),
        ];
        using var workbook = new ExcelWorkbook();
        return workbook.AddSheet("Summary", summary, statements).AddSheet("Per day", dayColumns, days).ToBytes();
    }

    private static DaySheetRow Subtotal(DaySheet sheet)
    {
        var cells = sheet.Products.ToDictionary(p => p.Id, p =>
        {
            var of = sheet.Rows.Select(r => r.Cells.GetValueOrDefault(p.Id)).OfType<DaySheetCell>().ToList();
            return new DaySheetCell(of.Sum(c => c.Out), 0m, of.Sum(c => c.Returned ?? 0), of.Sum(c => c.Sold ?? 0),
                of.Sum(c => c.Sales ?? 0m), of.Sum(c => c.Commission ?? 0m));
        });
        return new DaySheetRow("Subtotal", "", sheet.Day, cells, sheet.Rows.Sum(r => r.ExpectedBanking ?? 0m),
            sheet.Rows.Sum(r => r.Banked ?? 0m), sheet.Rows.Sum(r => r.Deficit ?? 0m), "");
    }
}
