using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Sales;

/// <summary>
/// A seeded bakery with finished goods in the store (1,000 of each product, 50 bread rejects), 300 crates, and three
/// recipients from the workbook: Mike (agent, 5/10/5 per unit), Joel/Enos (salaried, 7 % over 35,000) and Matayos Depot.
/// Acts as the dispatch officer.
/// </summary>
public abstract class SalesFixture : IAsyncLifetime
{
    protected readonly DomainHost host = new();
    protected ApplicationUser dispatcher = null!, accountant = null!, superadmin = null!;
    protected int bread, kdf, scones, mike, joel, matayos;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<PriceSeeder>().SeedAsync();
        await host.Get<CrateSeeder>().SeedAsync();
        dispatcher = await host.CreateUserAsync("dispatch@chesanto.test", Role.Dispatch);
        accountant = await host.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        superadmin = await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin);
        await using (var db = await host.NewDbAsync())
        {
            var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
            (bread, kdf, scones) = (products["Bread"], products["KDF"], products["Scones"]);
            mike = await RecipientAsync(db, "Mike", RecipientKind.CommissionAgent, PriceChannel.Sales, null, 0m, (bread, 5m), (kdf, 10m), (scones, 5m));
            joel = await RecipientAsync(db, "Joel/Enos", RecipientKind.RouteSalesman, PriceChannel.Sales, 35_000m, 7m);
            matayos = await RecipientAsync(db, "Matayos Depot", RecipientKind.Depot, PriceChannel.Distributor, null, 0m, (bread, 5m), (kdf, 10m), (scones, 5m));
        }
        host.ActAs(accountant);
        foreach (var product in new[] { bread, kdf, scones })
            await Goods.AdjustAsync(product, Grade.Regular, FinishedGoodsMovementType.Adjustment, 1_000, "Opening stock");
        await Goods.AdjustAsync(bread, Grade.Reject, FinishedGoodsMovementType.Adjustment, 50, "Opening stock");
        host.ActAs(dispatcher);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    protected DispatchService Dispatches => host.Get<DispatchService>();
    protected SettlementService Settlements => host.Get<SettlementService>();
    protected FinishedGoodsLedger Goods => host.Get<FinishedGoodsLedger>();
    protected DateOnly Today => host.Get<BusinessClock>().Today;

    protected async Task<int> AvailableAsync(int productId, Grade grade = Grade.Regular)
    {
        await using var db = await host.NewDbAsync();
        return (await db.FinishedGoodsMovements.Where(m => m.ProductId == productId && m.Grade == grade).Select(m => m.Quantity).ToListAsync()).Sum();
    }

    /// <summary>The crate totals, read as the accountant (the dispatch officer cannot see the crate pages).</summary>
    protected async Task<CrateTotals> CratesAsync()
    {
        var acting = host.CurrentUser.Actor;
        host.ActAs(accountant);
        try { return await host.Get<CrateLedger>().TotalsAsync(); }
        finally { host.CurrentUser.Actor = acting; }
    }

    /// <summary>Mike's 01.09 dispatch from the workbook: 240 bread, 144 KDF, 36 scones.</summary>
    protected Task<Dispatch> DispatchMikeAsync(int crates = 10) =>
        Dispatches.DispatchAsync(new DispatchInput(mike, [new(bread, Grade.Regular, 240), new(kdf, Grade.Regular, 144), new(scones, Grade.Regular, 36)], crates));

    protected SettlementInput MikeSettles(decimal banked, string code = "QJK1A2B3C4", int cratesBack = 10) =>
        new(mike, Today, [new(bread, Grade.Regular, PriceChannel.Sales, 127), new(kdf, Grade.Regular, PriceChannel.Sales, 12)], cratesBack,
            banked > 0 ? [new(BankingMethod.Mpesa, banked, code)] : []);

    internal static async Task<int> RecipientAsync(Chesanto.Domain.Data.ChesantoDbContext db, string name, RecipientKind kind, PriceChannel channel,
        decimal? target, decimal bonus, params (int Product, decimal Rate)[] rates)
    {
        var recipient = new SalesRecipient
        {
            Name = name, Kind = kind, DefaultChannel = channel, SettlesLate = kind == RecipientKind.Depot, Version = Guid.NewGuid(),
            Plans = [new CommissionPlan
            {
                EffectiveFrom = new DateOnly(2025, 9, 1), DailyTarget = target, BonusPercent = bonus, SetByName = "seed",
                Rates = rates.Select(r => new CommissionRate { ProductId = r.Product, PerUnit = r.Rate }).ToList(),
            }],
        };
        db.SalesRecipients.Add(recipient);
        await db.SaveChangesAsync();
        return recipient.Id;
    }
}
