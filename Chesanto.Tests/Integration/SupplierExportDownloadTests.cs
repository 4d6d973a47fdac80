using System.Net;
using ClosedXML.Excel;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Suppliers;
using Chesanto.Tests.EndToEnd;
using Chesanto.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class SupplierExportDownloadTests(AppHost app)
{
    [Fact]
    public async Task The_accountant_downloads_the_supplier_balances_and_a_storekeeper_is_refused()
    {
        await SeedAsync();
        using var accountant = await AppUsers.SignedInClientAsync(app, Role.Admin);
        var response = await accountant.GetAsync("/export/suppliers/balances.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("chesanto-supplier-balances-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var balances = workbook.Worksheet("Balances");
        Assert.Equal("Owed (KES)", balances.Cell(1, 5).GetString());
        var row = balances.RowsUsed().Single(r => r.Cell(1).GetString() == "Export Eggs Ltd");
        Assert.Equal((7_400m, 2_000m, 5_400m), (row.Cell(3).GetValue<decimal>(), row.Cell(4).GetValue<decimal>(), row.Cell(5).GetValue<decimal>()));
        var unpaid = workbook.Worksheet("Unpaid purchases").RowsUsed().Single(r => r.Cell(2).GetString() == "Export Eggs Ltd");
        Assert.Equal("Part paid", unpaid.Cell(5).GetString());

        using var storekeeper = await AppUsers.SignedInClientAsync(app, Role.ProductManager);
        var refused = await storekeeper.GetAsync("/export/suppliers/balances.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
    }

    /// <summary>One received purchase of KES 7,400 from a supplier of this test's own, KES 2,000 of it paid.</summary>
    private async Task SeedAsync()
    {
        using var scope = app.Services.CreateScope();
        var purchases = SalesSeed.AsSystem<PurchaseService>(scope);
        if ((await purchases.ListSuppliersAsync()).Any(s => s.Name == "Export Eggs Ltd")) return;
        var supplier = await purchases.SaveSupplierAsync(new Supplier { Name = "Export Eggs Ltd" });
        var today = scope.ServiceProvider.GetRequiredService<BusinessClock>().Today;
        var items = await SalesSeed.AsSystem<Chesanto.Domain.Catalog.CatalogService>(scope).ListItemsAsync();
        var draft = await purchases.CreateDraftAsync(new(supplier.Id, today, null, null, [new(items.First(i => i.Name == "Wheat Flour").Id, 2m, 3_700m)]));
        var ordered = await purchases.OrderAsync(draft.Id, draft.Version);
        var received = await purchases.ReceiveAsync(ordered.Id, ordered.Version);
        await SalesSeed.AsSystem<SupplierPaymentService>(scope)
            .RecordAsync(new SupplierPaymentInput(today, supplier.Id, received.Id, 2_000m, SupplierPaymentMethod.Cash, null));
    }
}
