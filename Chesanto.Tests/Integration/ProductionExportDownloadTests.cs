using System.Net;
using ClosedXML.Excel;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class ProductionExportDownloadTests(AppHost app)
{
    private DateOnly Today => app.Services.GetRequiredService<BusinessClock>().Today;

    [Fact]
    public async Task A_department_head_downloads_a_day_with_its_three_sheets()
    {
        using var client = await AppUsers.SignedInClientAsync(app, Role.DeptHead);

        var response = await client.GetAsync($"/export/production/day.xlsx?date={Today:yyyy-MM-dd}");

        using var workbook = await WorkbookAsync(response, $"chesanto-production-{Today:yyyy-MM-dd}.xlsx");
        Assert.Equal(["Batches", "Indirect costs", "Finished goods"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal("Cost per packet (KES)", workbook.Worksheet("Batches").Cell("O1").GetString());
        var goods = workbook.Worksheet("Finished goods").RowsUsed().Skip(1).ToList();
        Assert.Contains(goods, r => r.Cell(1).GetString() == "Bread" && r.Cell(2).GetString() == "Regular");
        Assert.All(goods, r => Assert.Equal(XLDataType.Number, r.Cell(9).DataType));
    }

    [Fact]
    public async Task The_accountant_downloads_a_range_of_batches_and_this_month_by_default()
    {
        using var client = await AppUsers.SignedInClientAsync(app, Role.Admin);
        var from = Today.AddDays(-6);

        using var range = await WorkbookAsync(await client.GetAsync($"/export/production/batches.xlsx?from={from:yyyy-MM-dd}&to={Today:yyyy-MM-dd}"),
            $"chesanto-production-batches-{from:yyyy-MM-dd}-to-{Today:yyyy-MM-dd}.xlsx");
        Assert.Equal(["Batches", "Days"], range.Worksheets.Select(s => s.Name));
        Assert.Equal("Margin %", range.Worksheet("Days").Cell("K1").GetString());

        using var month = await WorkbookAsync(await client.GetAsync("/export/production/batches.xlsx"),
            $"chesanto-production-batches-{new DateOnly(Today.Year, Today.Month, 1):yyyy-MM-dd}-to-{Today:yyyy-MM-dd}.xlsx");
        var backwards = await client.GetAsync("/export/production/batches.xlsx?from=2026-11-24&to=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("end date is before the start date", await backwards.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/export/production/day.xlsx?date=2026-11-24")]
    [InlineData("/export/production/batches.xlsx?from=2026-11-01&to=2026-11-24")]
    public async Task A_salesman_is_refused_and_a_stranger_is_sent_to_sign_in(string path)
    {
        using var salesman = await AppUsers.SignedInClientAsync(app, Role.Salesman);
        var refused = await salesman.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());

        using var stranger = app.NewClient();
        var anonymous = await stranger.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString());
    }

    private static async Task<XLWorkbook> WorkbookAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }
}
