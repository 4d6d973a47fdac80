using System.Net;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class AccountingExportDownloadTests(AppHost app)
{
    [Theory]
    [InlineData("/export/accounting/expenses.xlsx?from=2026-11-01&to=2026-11-24&category=Electricity", "chesanto-expenses-2026-11-01-to-2026-11-24.xlsx")]
    [InlineData("/export/accounting/fuel.xlsx?month=2026-11-01", "chesanto-fuel-2026-11.xlsx")]
    public async Task The_accountant_downloads_and_a_production_manager_is_refused(string path, string fileName)
    {
        using var accountant = await AppUsers.SignedInClientAsync(app, Role.Admin);
        var response = await accountant.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var manager = await AppUsers.SignedInClientAsync(app, Role.ProductManager);
        var refused = await manager.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
    }
}
