using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Domain.Sales;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.EndToEnd;

/// <summary>Sales data in the running app, each recipient owned by one test so their days do not mix.</summary>
internal static class SalesSeed
{
    public static async Task<IReadOnlyDictionary<string, int>> ProductsAsync(AppHost app)
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        return await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
    }

    /// <summary>The recipient by this name (created once, on the workbook's per-unit rates 5/10/5), with at least 500 of each product in store.</summary>
    public static async Task<int> RecipientWithStockAsync(AppHost app, string name, RecipientKind kind, PriceChannel channel)
    {
        var products = await ProductsAsync(app);
        using var scope = app.Services.CreateScope();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync())
        {
            var id = await db.SalesRecipients.Where(r => r.Name == name).Select(r => (int?)r.Id).SingleOrDefaultAsync()
                ?? await SalesFixture.RecipientAsync(db, name, kind, channel, null, 0m,
                    (products["Bread"], 5m), (products["KDF"], 10m), (products["Scones"], 5m));
            var goods = AsSystem<FinishedGoodsLedger>(scope);
            var inStore = await goods.AvailableAsync();
            foreach (var product in new[] { "Bread", "KDF", "Scones" })
                if (inStore.GetValueOrDefault((products[product], Grade.Regular)) < 500)
                    await goods.AdjustAsync(products[product], Grade.Regular, FinishedGoodsMovementType.Adjustment, 1_000, "Stock for the sales tests");
            return id;
        }
    }

    /// <summary>Today's dispatch of bread and scones (KDF has no distributor price) to the recipient, made once.</summary>
    public static async Task DispatchedTodayAsync(AppHost app, int recipientId)
    {
        var products = await ProductsAsync(app);
        using var scope = app.Services.CreateScope();
        var dispatches = AsSystem<DispatchService>(scope);
        var today = scope.ServiceProvider.GetRequiredService<BusinessClock>().Today;
        if ((await dispatches.DayAsync(today)).Any(d => d.RecipientId == recipientId)) return;
        await dispatches.DispatchAsync(new DispatchInput(recipientId,
            [new(products["Bread"], Grade.Regular, 120), new(products["Scones"], Grade.Regular, 24)], 6, Note: "For the look"));
    }

    public static T AsSystem<T>(IServiceScope scope) where T : notnull =>
        ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider, (ICurrentUser)new FixedCurrentUser(Actor.System));
}
