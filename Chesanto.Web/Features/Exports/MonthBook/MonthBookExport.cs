using Chesanto.Domain.Accounting;
using Chesanto.Domain.Books;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;

namespace Chesanto.Web.Features.Exports.MonthBook;

/// <summary>
/// The month's books as the accountant's workbook lays them out (WORKBOOK.md), in its sheet order, built from Chesanto's
/// own records through the domain's queries. Month on Month covers the twelve months ending with this one.
/// </summary>
public sealed class MonthBookExport(ProductionReportQueries production, DaySheetQuery daySheets, SalesQueries sales,
    FinishedGoodsMonthQuery goods, StockMonthQuery stock, PayrollBookQuery payroll, ExpenseService expenses, FuelService fuel, ProfitAndLossService books, BusinessClock clock)
{
    public const int MonthsCompared = 12;

    public async Task<byte[]> BookAsync(int year, int month)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2100) throw new DomainException("Choose a month.", "month");
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var upTo = last < clock.Today ? last : clock.Today;
        var sheets = new List<DaySheet>();
        for (var day = first; day <= upTo; day = day.AddDays(1)) sheets.Add(await daySheets.SheetAsync(day));

        var months = await books.MonthsAsync(year, month, MonthsCompared);
        var pnl = months[^1];

        using var workbook = new ExcelWorkbook();
        MonthOnMonthSheet.Add(workbook, months);
        ProfitAndLossSheet.Add(workbook, pnl);
        MonthSummarySheet.Add(workbook, first, pnl.Products);
        var range = await production.RangeAsync(first, last);
        ProductionSheet.Add(workbook, range);
        PackagingSheet.Add(workbook, range);
        DispatchSheet.Add(workbook, sheets);
        ProductStockSheet.Add(workbook, await goods.MonthAsync(first));
        InventoryStockSheet.Add(workbook, await stock.MonthAsync(first));
        SalarySheet.Add(workbook, await payroll.MonthAsync(year, month));
        ExpenditureSheet.Add(workbook, (await expenses.ListAsync(first, last)).Expenses);
        FuelSheet.Add(workbook, await fuel.TransactionsAsync(first, last), await fuel.DepositsAsync(first, last), await fuel.ReconcileAsync(year, month));
        DeficitSheet.Add(workbook, first, pnl.Products);
        CommissionSheet.Add(workbook, await sales.MonthCommissionsAsync(first));
        return workbook.ToBytes();
    }
}
