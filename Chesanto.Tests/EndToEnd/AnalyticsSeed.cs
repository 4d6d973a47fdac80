using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Domain.Sales;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Chesanto.Tests.EndToEnd;

/// <summary>A week of baking and of two salespeople's settled days before today, for the analytics page to draw; made once per app.</summary>
internal static class AnalyticsSeed
{
    public static async Task WeekAsync(AppHost app)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var products = await SalesSeed.ProductsAsync(app);
        int[] recipients;
        Dictionary<int, int> mixes;
        Dictionary<int, decimal> ingredients;
        await using (var db = await sp.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync())
        {
            if (await db.SalesRecipients.AnyAsync(r => r.Name == "Wafula")) return;
            recipients =
            [
                await SalesFixture.RecipientAsync(db, "Wafula", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m,
                    (products["Bread"], 5m), (products["KDF"], 10m), (products["Scones"], 5m)),
                await SalesFixture.RecipientAsync(db, "Nafula", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m,
                    (products["Bread"], 5m), (products["KDF"], 10m), (products["Scones"], 5m)),
            ];
            mixes = await db.Mixes.Where(m => m.IsActive).ToDictionaryAsync(m => m.ProductId, m => m.Id);
            var mixIds = mixes.Values.ToList();
            ingredients = await db.MixIngredients.Where(l => mixIds.Contains(l.MixId)).Select(l => new { l.InventoryItemId, l.Quantity })
                .ToListAsync() is var lines ? lines.GroupBy(l => l.InventoryItemId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity)) : [];
        }
        var boss = (ICurrentUser)new FixedCurrentUser(new Actor(null, "Analytics Look", Role.Superadmin));
        // Other tests bake from the same store; a week of mixes needs its own flour (generous: line units may be grams).
        var stock = ActivatorUtilities.CreateInstance<StockLedger>(sp, boss);
        foreach (var (item, perMix) in ingredients)
            await stock.PostAsync(item, StockMovementType.CountAdjustment, perMix * 6 * 1_000, "Stock for the analytics look");
        var today = sp.GetRequiredService<BusinessClock>().Today;
        for (var back = 6; back >= 1; back--)
        {
            var day = today.AddDays(-back);
            if (day.DayOfWeek == DayOfWeek.Sunday) continue;
            var clock = new BusinessClock(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-back)));
            var production = ActivatorUtilities.CreateInstance<ProductionService>(sp, boss, clock);
            await production.RecordBatchAsync(new BatchInput(mixes[products["Bread"]], 126 + back % 3, Day: day));
            await production.RecordBatchAsync(new BatchInput(mixes[products["KDF"]], 100 + back, Day: day));
            await production.RecordBatchAsync(new BatchInput(mixes[products["Scones"]], 98 + back % 4, Day: day));
            var dispatches = ActivatorUtilities.CreateInstance<DispatchService>(sp, boss, clock);
            var settlements = ActivatorUtilities.CreateInstance<SettlementService>(sp, boss, clock);
            for (var r = 0; r < recipients.Length; r++)
            {
                await dispatches.DispatchAsync(new DispatchInput(recipients[r],
                    [new(products["Bread"], Grade.Regular, 55 + 10 * r), new(products["KDF"], Grade.Regular, 40), new(products["Scones"], Grade.Regular, 30)], 4));
                List<ReturnLineInput> returns = [new(products["Bread"], Grade.Regular, PriceChannel.Sales, back + r), new(products["KDF"], Grade.Regular, PriceChannel.Sales, 2)];
                var preview = await settlements.PreviewAsync(new SettlementInput(recipients[r], day, returns, 4, []));
                var shortBy = (back + r) % 3 == 0 ? 150m * (r + 1) : 0m;
                await settlements.SettleAsync(new SettlementInput(recipients[r], day, returns, back % 4 == 0 ? 3 : 4,
                    [new(BankingMethod.Mpesa, preview.ExpectedBanking - shortBy, $"AN{day:MMdd}{r}")]));
            }
        }
    }
}
