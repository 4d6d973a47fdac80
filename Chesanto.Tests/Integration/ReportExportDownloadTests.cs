using System.Net;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.EndToEnd;
using Chesanto.Tests.Support;
using ClosedXML.Excel;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class ReportExportDownloadTests(AppHost app)
{
    [Fact]
    public async Task The_accountant_downloads_a_stored_report_one_sheet_per_section_and_a_production_manager_is_refused()
    {
        var day = await ReportSeed.DailyReportAsync(app);
        var path = $"/export/reports/report.xlsx?kind=daily&start={day:yyyy-MM-dd}";

        using var accountant = await AppUsers.SignedInClientAsync(app, Role.Admin);
        var response = await accountant.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"chesanto-daily-report-{day:yyyy-MM-dd}.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["P&L", "Per product", "Production", "Dispatch", "Expected vs actual", "Stock movement", "Deficits", "About"],
            workbook.Worksheets.Select(w => w.Name));
        // Other tests of the shared app settle their own recipients today too: find this one's row.
        var route = Assert.Single(workbook.Worksheet("Deficits").RowsUsed(), r => r.Cell(1).GetString() == "Report Route");
        Assert.Equal(300m, route.Cell(8).GetValue<decimal>());
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.GetAsync("/export/reports/report.xlsx?kind=weekly&start=2020-01-06")).StatusCode);

        using var manager = await AppUsers.SignedInClientAsync(app, Role.ProductManager);
        var refused = await manager.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
    }
}
