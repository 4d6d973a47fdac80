using System.Net;
using ClosedXML.Excel;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Data;
using Chesanto.Domain.Payroll;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class PayrollExportDownloadTests(AppHost app)
{
    [Fact]
    public async Task The_accountant_downloads_the_payment_list_and_a_salesman_is_refused()
    {
        using (var scope = app.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
            if (!await db.PayrollRuns.AnyAsync(r => r.Year == 2024 && r.Month == 5))
            {
                db.PayrollRuns.Add(new PayrollRun { Year = 2024, Month = 5, CreatedAt = DateTimeOffset.UtcNow, CreatedByName = "test", Version = Guid.NewGuid() });
                await db.SaveChangesAsync();
            }
        }
        const string path = "/export/payroll/payments.xlsx?year=2024&month=5";

        using var accountant = await AppUsers.SignedInClientAsync(app, Role.Admin);
        var response = await accountant.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("chesanto-payroll-payments-2024-05.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal("Amount to pay", workbook.Worksheet("Payments May 2024").Cell(1, 10).GetString());
        var missing = await accountant.GetAsync("/export/payroll/payments.xlsx?year=1990&month=1");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        using var salesman = await AppUsers.SignedInClientAsync(app, Role.Salesman);
        var refused = await salesman.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
    }
}
