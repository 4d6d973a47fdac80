namespace Chesanto.Domain.Books;

/// <summary>
/// Where Chesanto's statement deliberately departs from the bakery's September 2025 workbook (WORKBOOK §12–15), with
/// the workbook's effect. Shown beside the P&amp;L so the accountant sees why a figure differs instead of a copied error.
/// </summary>
public static class WorkbookDifferences
{
    public static readonly IReadOnlyList<WorkbookDifference> All =
    [
        new("Revenue", "A loan (1,050,000 in Sep 2025) was added to revenue.",
            "A loan is a liability: it is listed under \"Not in the P&L\" (Q23)."),
        new("Revenue and commission", "Dispatch grand totals skipped the 1st and added the month-end stock at selling price (+189,780 sales, −3,930 commission).",
            "Sold = dispatched − returned − damaged on settled days; unsettled days are named in a warning."),
        new("Direct materials", "Opening values were typed into the formulas at old prices; closing counts were priced by hand.",
            "Opening and closing come from the stock ledger at the last price paid by that day."),
        new("Diesel", "The constants 10,500 and −9,570, one purchase (7,000 on 06.09) left out, closing diesel not deducted.",
            "Production diesel is what the fuel account drew for production; diesel kept in stock is costed by use."),
        new("Packaging", "Packaging-paper purchases and the 100,000 deposit were expensed and also counted as assets (175,924 both ways).",
            "Packaging is costed by stock used; a deposit is not an expense until goods arrive."),
        new("Salaries", "Net pay was used, but a negative net pay (−2,350) was left out.",
            "Every payslip's net pay counts; a shortfall is carried to the employee's loan balance."),
        new("Bank charges", "M-Pesa transaction costs were counted in bank charges and again as payroll refunds (+4,298).",
            "Refunds are part of payroll; only the bank's own charges are typed in the cash-book."),
        new("Net profit", "\"Net Profit/Loss\" was before the education policy and the figure after it had no label.",
            "Both are labelled: net profit, then after the education policy (reserves)."),
    ];
}
