using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Production;
using Chesanto.Domain.Reports;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Support;
using Chesanto.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.EndToEnd;

/// <summary>A settled route day (short by KES 300 and a crate) and today's stored daily report, made once per app.</summary>
internal static class ReportSeed
{
    public static async Task<DateOnly> DailyReportAsync(AppHost app)
    {
        var route = await SalesSeed.RecipientWithStockAsync(app, "Report Route", RecipientKind.CommissionAgent, PriceChannel.Sales);
        var products = await SalesSeed.ProductsAsync(app);
        using var scope = app.Services.CreateScope();
        var today = scope.ServiceProvider.GetRequiredService<BusinessClock>().Today;
        var reports = SystemActor.Create<ReportService>(scope.ServiceProvider);
        if (await reports.GetAsync(ReportKind.Daily, today) is not null) return today;
        var dispatches = SalesSeed.AsSystem<DispatchService>(scope);
        if (!(await dispatches.DayAsync(today)).Any(d => d.RecipientId == route))
        {
            await dispatches.DispatchAsync(new DispatchInput(route, [new(products["Bread"], Grade.Regular, 100), new(products["KDF"], Grade.Regular, 50)], 5));
            var settlements = SalesSeed.AsSystem<SettlementService>(scope);
            List<ReturnLineInput> returns = [new(products["Bread"], Grade.Regular, PriceChannel.Sales, 10), new(products["KDF"], Grade.Regular, PriceChannel.Sales, 0)];
            var preview = await settlements.PreviewAsync(new SettlementInput(route, today, returns, 4, []));
            await settlements.SettleAsync(new SettlementInput(route, today, returns, 4,
                [new(BankingMethod.Mpesa, preview.ExpectedBanking - 300m, "QXREPORT1")]));
        }
        await reports.GenerateAsync(ReportKind.Daily, today);
        return today;
    }

    /// <summary>Last month's stored report (idempotent), for the monthly layout.</summary>
    public static async Task<DateOnly> MonthlyReportAsync(AppHost app)
    {
        using var scope = app.Services.CreateScope();
        var today = scope.ServiceProvider.GetRequiredService<BusinessClock>().Today;
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        await SystemActor.Create<ReportService>(scope.ServiceProvider).GenerateAsync(ReportKind.Monthly, first);
        return first;
    }
}
