using System.Net;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class SalesExportDownloadTests(AppHost app)
{
    [Theory]
    [InlineData("/export/sales/day.xlsx?date=2026-11-24", "chesanto-dispatch-2026-11-24.xlsx")]
    [InlineData("/export/sales/commissions.xlsx?month=2026-11-01", "chesanto-commissions-2026-11.xlsx")]
    public async Task The_dispatch_officer_downloads_and_a_salesman_is_refused(string path, string fileName)
    {
        using var dispatch = await AppUsers.SignedInClientAsync(app, Role.Dispatch);
        var response = await dispatch.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var salesman = await AppUsers.SignedInClientAsync(app, Role.Salesman);
        var refused = await salesman.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
    }
}
