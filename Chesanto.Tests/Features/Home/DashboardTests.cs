using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Home;

namespace Chesanto.Tests.Features.Home;

public sealed class DashboardTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task An_accountant_sees_new_registrations_waiting_and_recent_activity_appear_live()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("acc@chesanto.test", Role.Admin));
        var page = host.Render<Dashboard>();
        page.WaitForAssertion(() => Assert.Contains("No new accounts wait for approval", page.Find("#pending-approvals").TextContent));

        await host.Domain.Get<RegistrationService>().RegisterAsync(new Registration("new.baker@chesanto.test", "kneading every morning", "Neema", "Baraka", "0711 222 333"));

        page.WaitForAssertion(() => Assert.Contains("1 new account waits for approval", page.Find("#pending-approvals").TextContent));
        page.WaitForAssertion(() => Assert.Contains("Created user", page.Find("#recent-audit").TextContent));
        Assert.Contains("Karibu, acc", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task A_salesman_sees_only_his_profile_not_approvals_or_the_audit_log()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("sales@chesanto.test", Role.Salesman));
        var page = host.Render<Dashboard>();

        page.WaitForAssertion(() => Assert.Contains("sales@chesanto.test", page.Find("#profile-card").TextContent));
        Assert.Empty(page.FindAll("#pending-approvals"));
        Assert.Empty(page.FindAll("#recent-audit"));
        Assert.Empty(page.FindAll("#reorder-card"));
    }

    [Fact]
    public async Task The_accountant_sees_items_to_reorder_with_their_level_and_a_new_shortage_appears_live()
    {
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        var items = await host.Domain.Get<CatalogService>().ListItemsAsync();
        var (sugar, fat) = (items.Single(i => i.Name == "Sugar").Id, items.Single(i => i.Name == "Cooking Fat").Id);
        host.SignInAs(await host.Domain.CreateUserAsync("store@chesanto.test", Role.ProductManager));
        await host.Domain.Get<StockLedger>().PostAsync(sugar, StockMovementType.CountAdjustment, -40m, "Counted 60 kg");
        host.SignInAs(await host.Domain.CreateUserAsync("acc@chesanto.test", Role.Admin));

        var page = host.Render<Dashboard>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("#reorder-items li")));
        var sugarLine = page.Find("#reorder-items li");
        Assert.Contains("LOW", sugarLine.QuerySelector(".reorder-level")!.TextContent);
        Assert.Contains("60 kg left", sugarLine.TextContent);
        Assert.Equal($"inventory/items/{sugar}", sugarLine.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("inventory", page.Find("#reorder-card a").GetAttribute("href"));

        // The accountant may post stock too; any posting refreshes the card.
        await host.Domain.Get<StockLedger>().PostAsync(fat, StockMovementType.ProductionUse, -50m, "Mandazi frying");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#reorder-items li").Count));
        Assert.Contains("OUT", page.FindAll("#reorder-items li")[0].TextContent);
        Assert.Contains("Cooking Fat", page.FindAll("#reorder-items li")[0].TextContent);
    }

    [Fact]
    public async Task With_every_item_stocked_the_card_says_so_and_a_salesman_has_no_card()
    {
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        host.SignInAs(await host.Domain.CreateUserAsync("pm@chesanto.test", Role.ProductManager));

        var page = host.Render<Dashboard>();

        page.WaitForAssertion(() => Assert.Contains("Every item has enough stock", page.Find("#reorder-none").TextContent));
    }
}
