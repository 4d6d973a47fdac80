using System.Net;
using ClosedXML.Excel;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class ExportDownloadTests(AppHost app)
{
    [Fact]
    public async Task The_accountant_downloads_the_item_list_with_typed_prices_and_stock()
    {
        using var client = await AppUsers.SignedInClientAsync(app, Role.Admin);
        var response = await client.GetAsync("/export/inventory/items.xlsx");

        var sheet = await SheetAsync(response, "Items", $"chesanto-items-{Today:yyyy-MM-dd}.xlsx");
        await using var db = await NewDbAsync();
        var items = await db.InventoryItems.AsNoTracking().Where(i => i.IsActive).ToListAsync();
        var stock = (await db.StockMovements.AsNoTracking().ToListAsync()).GroupBy(m => m.InventoryItemId).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        Assert.Equal("Cost per purchase unit (KES)", sheet.Cell("F1").GetString());
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(items.Count, rows.Count);
        foreach (var item in items)
        {
            var row = rows.Single(r => r.Cell(1).GetString() == item.Name);
            Assert.Equal(item.ConversionFactor, row.Cell(5).GetValue<decimal>());
            Assert.Equal(XLDataType.Number, row.Cell(6).DataType);
            Assert.Equal(item.CostPerPurchaseUnit, row.Cell(6).GetValue<decimal>());
            Assert.Equal(decimal.Round(item.CostPerRecipeUnit, 10), decimal.Round(row.Cell(7).GetValue<decimal>(), 10));
            Assert.Equal(stock.GetValueOrDefault(item.Id), row.Cell(8).GetValue<decimal>());
            Assert.Equal(item.ReorderLevel, row.Cell(9).GetValue<decimal>());
            Assert.Contains(row.Cell(11).GetString(), new[] { "OK", "LOW", "CRITICAL", "OUT" });
        }
    }

    [Fact]
    public async Task The_movement_history_of_a_range_matches_the_ledger_for_all_items_or_one()
    {
        using var client = await AppUsers.SignedInClientAsync(app, Role.Admin);
        var (from, to) = (Today.AddDays(-7), Today);
        await using var db = await NewDbAsync();
        var ledger = await db.StockMovements.AsNoTracking().Where(m => m.BusinessDay >= from && m.BusinessDay <= to).OrderBy(m => m.Id).ToListAsync();
        Assert.NotEmpty(ledger); // the opening stock of the seeded items
        var flour = await db.InventoryItems.SingleAsync(i => i.Name == "Wheat Flour");

        var all = await SheetAsync(await client.GetAsync($"/export/inventory/movements.xlsx?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"),
            "Stock movements", $"chesanto-stock-movements-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.xlsx");
        var rows = all.RowsUsed().Skip(1).ToList();
        Assert.Equal(ledger.Select(m => m.Id), rows.Select(r => r.Cell(1).GetValue<int>()));
        var first = rows[0];
        Assert.Equal(XLDataType.DateTime, first.Cell(2).DataType);
        Assert.Equal(TimeZoneInfo.ConvertTime(ledger[0].OccurredAt, BusinessClock.Nairobi).DateTime, first.Cell(2).GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(ledger[0].BusinessDay.ToDateTime(TimeOnly.MinValue), first.Cell(3).GetDateTime());
        Assert.Equal("Opening", first.Cell(5).GetString());
        Assert.Equal(XLDataType.Number, first.Cell(6).DataType);
        Assert.Equal(ledger.Sum(m => m.Quantity), rows.Sum(r => r.Cell(6).GetValue<decimal>()));

        var one = await SheetAsync(await client.GetAsync($"/export/inventory/movements.xlsx?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&item={flour.Id}"),
            "Stock movements", $"chesanto-stock-movements-item-{flour.Id}-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.xlsx");
        var flourRows = one.RowsUsed().Skip(1).ToList();
        Assert.Equal(ledger.Where(m => m.InventoryItemId == flour.Id).Select(m => m.Id), flourRows.Select(r => r.Cell(1).GetValue<int>()));
        Assert.All(flourRows, r => Assert.Equal("Wheat Flour", r.Cell(4).GetString()));
    }

    [Fact]
    public async Task Purchases_of_a_range_come_with_their_lines_and_a_formula_looking_note_stays_text()
    {
        var number = await AddPurchaseAsync("=HYPERLINK(\"http://evil.example\",\"click\")");
        using var client = await AppUsers.SignedInClientAsync(app, Role.Admin);

        var response = await client.GetAsync($"/export/inventory/purchases.xlsx?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        var purchases = await SheetAsync(response, "Purchases", $"chesanto-purchases-{Today:yyyy-MM-dd}-to-{Today:yyyy-MM-dd}.xlsx");
        var row = purchases.RowsUsed().Single(r => r.Cell(1).GetString() == number);
        Assert.Equal(Today.ToDateTime(TimeOnly.MinValue), row.Cell(2).GetDateTime());
        Assert.Equal("Ordered", row.Cell(4).GetString());
        Assert.Equal(2, row.Cell(7).GetValue<int>());
        Assert.Equal(2 * 3_700m + 10 * 120.5m, row.Cell(8).GetValue<decimal>());
        Assert.False(row.Cell(9).HasFormula);
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"click\")", row.Cell(9).GetString());

        var lines = purchases.Workbook.Worksheet("Lines").RowsUsed().Where(r => r.Cell(1).GetString() == number).ToList();
        Assert.Equal(["Wheat Flour", "Sugar"], lines.Select(l => l.Cell(5).GetString()));
        Assert.Equal([2m, 10m], lines.Select(l => l.Cell(6).GetValue<decimal>()));
        Assert.Equal([7_400m, 1_205m], lines.Select(l => l.Cell(9).GetValue<decimal>()));
    }

    [Fact]
    public async Task Without_dates_purchases_cover_this_month_and_a_backwards_range_is_refused()
    {
        using var client = await AppUsers.SignedInClientAsync(app, Role.Admin);
        var month = await client.GetAsync("/export/inventory/purchases.xlsx");
        Assert.Equal(HttpStatusCode.OK, month.StatusCode);
        Assert.Equal($"chesanto-purchases-{new DateOnly(Today.Year, Today.Month, 1):yyyy-MM-dd}-to-{Today:yyyy-MM-dd}.xlsx",
            month.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var backwards = await client.GetAsync("/export/inventory/movements.xlsx?from=2026-11-24&to=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("end date is before the start date", await backwards.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/export/inventory/movements.xlsx?item=999999")).StatusCode);
    }

    [Theory]
    [InlineData("/export/inventory/items.xlsx")]
    [InlineData("/export/inventory/movements.xlsx?from=2026-11-01&to=2026-11-24")]
    [InlineData("/export/inventory/purchases.xlsx")]
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

    private DateOnly Today => app.Services.GetRequiredService<BusinessClock>().Today;

    private static async Task<IXLWorksheet> SheetAsync(HttpResponseMessage response, string sheet, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var worksheet = workbook.Worksheet(sheet);
        Assert.Equal(1, worksheet.SheetView.SplitRow);
        return worksheet;
    }

    private async Task<ChesantoDbContext> NewDbAsync()
    {
        var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
    }

    /// <summary>An ordered purchase written straight to the database (no stock moves until it is received).</summary>
    private async Task<string> AddPurchaseAsync(string notes)
    {
        await using var db = await NewDbAsync();
        var items = await db.InventoryItems.Where(i => i.Name == "Wheat Flour" || i.Name == "Sugar").ToDictionaryAsync(i => i.Name, i => i.Id);
        var number = $"PUR-{Today:yyyyMMdd}-9{Random.Shared.Next(10, 99)}";
        db.Purchases.Add(new Purchase
        {
            Number = number, SupplierId = (await db.Suppliers.FirstAsync()).Id, PurchaseDate = Today, Notes = notes,
            Status = PurchaseStatus.Ordered, CreatedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid(),
            Lines = [new() { InventoryItemId = items["Wheat Flour"], Quantity = 2, UnitCost = 3_700m }, new() { InventoryItemId = items["Sugar"], Quantity = 10, UnitCost = 120.5m }],
        });
        await db.SaveChangesAsync();
        return number;
    }
}
