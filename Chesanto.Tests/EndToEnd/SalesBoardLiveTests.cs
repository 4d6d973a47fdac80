using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.EndToEnd;

/// <summary>An open dispatch board follows dispatches recorded elsewhere over its own circuit, with no reload.</summary>
[Collection(AppCollection.Name)]
public sealed class SalesBoardLiveTests(AppHost app)
{
    private T AsSystem<T>(IServiceScope scope) where T : notnull =>
        ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider, (ICurrentUser)new FixedCurrentUser(Actor.System));

    [Fact]
    public async Task A_dispatch_recorded_elsewhere_shows_on_an_open_board_without_a_reload()
    {
        using var scope = app.Services.CreateScope();
        int route, kdf;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync())
        {
            kdf = await db.Products.Where(p => p.Name == "KDF").Select(p => p.Id).SingleAsync();
            var recipient = new SalesRecipient { Name = "Live route", Kind = RecipientKind.RouteSalesman, DefaultChannel = PriceChannel.Sales, Version = Guid.NewGuid() };
            db.SalesRecipients.Add(recipient);
            await db.SaveChangesAsync();
            route = recipient.Id;
        }
        await AsSystem<FinishedGoodsLedger>(scope).AdjustAsync(kdf, Grade.Regular, FinishedGoodsMovementType.Adjustment, 50, "For the live board test");
        var page = await app.NewPageAsync();
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/sales/board");
        await page.WaitForCircuitAsync();
        await page.WaitForSelectorAsync($"#sales-board tr.recipient-{route} .status-nothingout");
        var navigations = 0;
        page.FrameNavigated += (_, _) => navigations++;

        var dispatch = await AsSystem<DispatchService>(scope).DispatchAsync(new DispatchInput(route, [new(kdf, Grade.Regular, 20)], 1));

        await page.WaitForSelectorAsync($"#sales-board tr.recipient-{route} .status-out");
        Assert.Equal(dispatch.Value.ToString("N0"), (await page.InnerTextAsync($"#sales-board tr.recipient-{route} .value-out")).Trim());
        Assert.Equal("20", (await page.InnerTextAsync($"#sales-board tr.recipient-{route} .out-{kdf}")).Trim());
        Assert.Equal(0, navigations);
    }
}
