using ClosedXML.Excel;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.EndToEnd;

/// <summary>The "Export to Excel" buttons download a file instead of being taken over by the Blazor router.</summary>
[Collection(AppCollection.Name)]
public sealed class ExportLinksTests(AppHost app)
{
    [Theory]
    [InlineData("/inventory/items", "#export-items", "Items", "chesanto-items-{0:yyyy-MM-dd}.xlsx")]
    [InlineData("/inventory/items", "#export-movements", "Stock movements", "chesanto-stock-movements-{1:yyyy-MM-dd}-to-{0:yyyy-MM-dd}.xlsx")]
    [InlineData("/inventory/items/1", "#export-item-movements", "Stock movements", "chesanto-stock-movements-item-1-{1:yyyy-MM-dd}-to-{0:yyyy-MM-dd}.xlsx")]
    [InlineData("/production", "#export-production-day", "Batches", "chesanto-production-{0:yyyy-MM-dd}.xlsx")]
    [InlineData("/production", "#export-production-month", "Days", "chesanto-production-batches-{1:yyyy-MM-dd}-to-{0:yyyy-MM-dd}.xlsx")]
    [InlineData("/inventory/purchases", "#export-purchases", "Lines", "chesanto-purchases-{1:yyyy-MM-dd}-to-{0:yyyy-MM-dd}.xlsx")]
    [InlineData("/sales/board", "#export-dispatch-day", "Dispatch {0:dd.MM.yyyy}", "chesanto-dispatch-{0:yyyy-MM-dd}.xlsx")]
    [InlineData("/sales/board", "#export-commissions", "Summary", "chesanto-commissions-{0:yyyy-MM}.xlsx")]
    public async Task The_page_button_downloads_the_workbook(string path, string button, string sheet, string fileName)
    {
        var today = app.Services.GetRequiredService<BusinessClock>().Today;
        var page = await app.NewPageAsync(390, 844);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync(path);
        await page.WaitForCircuitAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(button));

        Assert.Equal(string.Format(fileName, today, new DateOnly(today.Year, today.Month, 1)), download.SuggestedFilename);
        var file = new MemoryStream(); // ClosedXML needs a seekable stream
        await (await download.CreateReadStreamAsync()).CopyToAsync(file);
        using var workbook = new XLWorkbook(file);
        Assert.True(workbook.Worksheet(string.Format(sheet, today)).Cell("A1").Style.Font.Bold);
        Assert.EndsWith(path, page.Url); // still on the page
    }
}
