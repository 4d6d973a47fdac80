using Chesanto.Domain.Sales;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>
/// "Dispatch and Sales per day" (WORKBOOK §4): each day's rows per recipient and channel. A depot's goods show on its
/// "Dispatch" row and again on its "Sales for" row, as in the workbook, so the dispatched columns are not totalled.
/// </summary>
internal static class DispatchSheet
{
    public const string Name = "Dispatch and Sales per day";

    public static void Add(ExcelWorkbook workbook, IReadOnlyList<DaySheet> days)
    {
        var products = days.SelectMany(d => d.Products).DistinctBy(p => p.Id).OrderBy(p => p.Id).ToList();
        var columns = new List<ExcelColumn<(DateOnly Day, DaySheetRow Row)>>
        {
            new("Date", x => x.Day, CellKind.Date),
            new("Staff name", x => x.Row.Recipient),
            new("Position", x => x.Row.Position),
        };
        foreach (var p in products)
        {
            DaySheetCell? Of(DaySheetRow r) => r.Cells.GetValueOrDefault(p.Id);
            columns.AddRange(
            [
                new($"{p.Name} dispatched", x => Of(x.Row)?.Out, CellKind.Integer),
                new($"{p.Name} returned", x => Of(x.Row)?.Returned, CellKind.Integer, Total: true),
                new($"{p.Name} sold", x => Of(x.Row)?.Sold, CellKind.Integer, Total: true),
                new($"{p.Name} sales (KES)", x => Of(x.Row)?.Sales, CellKind.Money, Total: true),
                new($"{p.Name} commission (KES)", x => Of(x.Row)?.Commission, CellKind.Money, Total: true),
            ]);
        }
        columns.AddRange(
        [
            new("Total sales (KES)", x => x.Row.Sales, CellKind.Money, Total: true),
            new("Total commission (KES)", x => x.Row.Commission, CellKind.Money, Total: true),
            new("Expected banking (KES)", x => x.Row.ExpectedBanking, CellKind.Money, Total: true),
            new("Banked (KES)", x => x.Row.Banked, CellKind.Money, Total: true),
            new("Deficit (KES)", x => x.Row.Deficit, CellKind.Money, Total: true),
            new("Comment", x => x.Row.Comment),
        ]);
        workbook.AddSheet(Name, columns, days.SelectMany(d => d.Rows.Select(r => (d.Day, r))), "Grand totals");
    }
}
