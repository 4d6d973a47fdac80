using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Support;
using Chesanto.Web.Components.Layout;
using Chesanto.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Features.Sales;

/// <summary>The board, the account page and "my sales", over a bakery with Mike (agent) and Joel/Enos (salaried) on the books.</summary>
public sealed class SalesBoardPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser dispatcher = null!;
    private int bread, kdf, scones, mike, joel;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<PriceSeeder>().SeedAsync();
        await host.Domain.Get<CrateSeeder>().SeedAsync();
        await using (var db = await host.Domain.NewDbAsync())
        {
            var products = await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
            (bread, kdf, scones) = (products["Bread"], products["KDF"], products["Scones"]);
            Recipient(db, "Mike", RecipientKind.CommissionAgent, null, 0m, (bread, 5m), (kdf, 10m), (scones, 5m));
            Recipient(db, "Joel/Enos", RecipientKind.RouteSalesman, 35_000m, 7m);
            await db.SaveChangesAsync();
            mike = (await db.SalesRecipients.SingleAsync(r => r.Name == "Mike")).Id;
            joel = (await db.SalesRecipients.SingleAsync(r => r.Name == "Joel/Enos")).Id;
        }
        host.Domain.ActAs(await host.Domain.CreateUserAsync("accounts@chesanto.test", Role.Admin));
        foreach (var product in new[] { bread, kdf, scones })
            await host.Domain.Get<FinishedGoodsLedger>().AdjustAsync(product, Grade.Regular, FinishedGoodsMovementType.Adjustment, 1_000, "Opening stock");
        dispatcher = await host.Domain.CreateUserAsync("dispatch@chesanto.test", Role.Dispatch);
        host.SignInAs(dispatcher);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private DispatchService Dispatches => host.Domain.Get<DispatchService>();

    /// <summary>Mike's 01.09 from the workbook: 30,600 out, 8,820 back, 2,065 commission, 19,000 banked: 715 short.</summary>
    private async Task MikesDayAsync()
    {
        await Dispatches.DispatchAsync(new DispatchInput(mike, [new(bread, Grade.Regular, 240), new(kdf, Grade.Regular, 144), new(scones, Grade.Regular, 36)], 10));
        await host.Domain.Get<SettlementService>().SettleAsync(new SettlementInput(mike, host.Domain.Get<BusinessClock>().Today,
            [new(bread, Grade.Regular, PriceChannel.Sales, 127), new(kdf, Grade.Regular, PriceChannel.Sales, 12)], 8,
            [new(BankingMethod.Mpesa, 19_000m, "QJK1A2B3C4")]));
    }

    private async Task<ApplicationUser> SalesmanAsync(int? linkedTo)
    {
        var login = await host.Domain.CreateUserAsync($"salesman{linkedTo}@chesanto.test", Role.Salesman);
        if (linkedTo is { } id)
        {
            await using var db = await host.Domain.NewDbAsync();
            (await db.SalesRecipients.FindAsync(id))!.UserId = login.Id;
            await db.SaveChangesAsync();
        }
        return login;
    }

    private static string Row(IRenderedComponent<SalesBoard> board, int recipientId) => board.Find($"#sales-board tr.recipient-{recipientId}").TextContent;

    [Fact]
    public async Task The_board_shows_every_recipient_and_a_dispatch_recorded_while_it_is_open()
    {
        await MikesDayAsync();
        var board = host.Render<SalesBoard>();
        board.WaitForAssertion(() => Assert.Contains("Nothing out", Row(board, joel)));
        Assert.Contains("Settled", Row(board, mike));
        Assert.Contains("715", board.Find($"tr.recipient-{mike} .deficit").TextContent);
        Assert.Contains("2", board.Find($"tr.recipient-{mike} .crate-shortfall").TextContent);
        Assert.Equal($"sales/account/{mike}", board.Find($"tr.recipient-{mike} a.recipient-link").GetAttribute("href"));
        Assert.Contains("Not settled: 0", board.Find("#total-not-settled").TextContent);

        await Dispatches.DispatchAsync(new DispatchInput(joel, [new(bread, Grade.Regular, 100)], 3));

        board.WaitForAssertion(() =>
        {
            Assert.Contains("Not settled", Row(board, joel));
            Assert.Equal("6,000", board.Find($"tr.recipient-{joel} .value-out").TextContent.Trim());
            Assert.Equal("100", board.Find($"tr.recipient-{joel} .out-{bread}").TextContent.Trim());
            Assert.Contains("Not settled: 1", board.Find("#total-not-settled").TextContent);
            Assert.Contains($"Bread {1_000 - 340 + 127}", board.Find($"#in-store .in-store-{bread}").TextContent);
        }, TimeSpan.FromSeconds(5));
        var today = host.Domain.Get<BusinessClock>().Today;
        Assert.Equal($"sales/settle/{joel}/{today:yyyy-MM-dd}", board.Find($"tr.recipient-{joel} .settle-link").GetAttribute("href"));
    }

    [Fact]
    public async Task A_salesman_sees_his_own_closing_balance_and_commission()
    {
        await MikesDayAsync();
        host.SignInAs(await SalesmanAsync(mike));

        var page = host.Render<SalesAccount>(p => p.Add(a => a.RecipientId, mike));

        page.WaitForAssertion(() => Assert.Contains("Owes KES 715", page.Find("#closing-balance").TextContent));
        Assert.Equal(4, page.FindAll("#account-table tbody tr").Count);
        Assert.Contains("2,065", page.Find("#commission-table .total-commission").TextContent);
    }

    [Fact]
    public async Task A_salesman_is_refused_another_recipients_account()
    {
        await MikesDayAsync();
        host.SignInAs(await SalesmanAsync(joel));

        var page = host.Render<SalesAccount>(p => p.Add(a => a.RecipientId, mike));

        page.WaitForAssertion(() => Assert.Contains("not yours", page.Find("#not-yours").TextContent));
        Assert.DoesNotContain("Mike", page.Markup);
        Assert.DoesNotContain("715", page.Markup);
        Assert.Empty(page.FindAll("#account-table"));
    }

    [Fact]
    public async Task My_sales_tells_a_salesman_without_a_route_to_ask_the_accountant()
    {
        host.SignInAs(await SalesmanAsync(null));

        var page = host.Render<MySales>();

        page.WaitForAssertion(() => Assert.Contains("not linked to a route yet; ask the accountant", page.Find("#no-route").TextContent));
    }

    [Fact]
    public async Task My_sales_shows_a_salesmans_day_what_he_owes_and_his_commission()
    {
        await MikesDayAsync();
        host.SignInAs(await SalesmanAsync(mike));

        var page = host.Render<MySales>();

        page.WaitForAssertion(() => Assert.Contains("KES 715", page.Find("#owes-now").TextContent));
        Assert.Contains("Mike", page.Find("#my-route").TextContent);
        Assert.Contains("KES 30,600", page.Find("#today-dispatches .dispatch-card").TextContent);
        Assert.Contains("Bread 240", page.Find("#today-dispatches .dispatch-lines").TextContent);
        Assert.Contains("KES 2,065", page.Find("#month-commission").TextContent);
        Assert.Single(page.FindAll("#recent-settlements .settlement-card"));
        Assert.Equal($"sales/account/{mike}", page.Find("#my-account-link").GetAttribute("href"));
    }

    [Fact]
    public void Salesmen_get_my_sales_and_dispatch_staff_get_the_board()
    {
        static List<string> Links(Role role) => Navigation.For(role).SelectMany(s => s.Links).Select(l => l.Href).ToList();

        Assert.Contains("sales/mine", Links(Role.Salesman));
        Assert.DoesNotContain("sales/board", Links(Role.Salesman));
        Assert.Contains("sales/board", Links(Role.Dispatch));
        Assert.DoesNotContain("sales/mine", Links(Role.Dispatch));
        Assert.DoesNotContain("sales/mine", Links(Role.Superadmin));
    }

    private static void Recipient(Chesanto.Domain.Data.ChesantoDbContext db, string name, RecipientKind kind, decimal? target, decimal bonus,
        params (int Product, decimal Rate)[] rates)
    {
        db.SalesRecipients.Add(new SalesRecipient
        {
            Name = name, Kind = kind, DefaultChannel = PriceChannel.Sales, Version = Guid.NewGuid(),
            Plans = [new CommissionPlan
            {
                EffectiveFrom = new DateOnly(2025, 9, 1), DailyTarget = target, BonusPercent = bonus, SetByName = "seed",
                Rates = rates.Select(r => new CommissionRate { ProductId = r.Product, PerUnit = r.Rate }).ToList(),
            }],
        });
    }
}
