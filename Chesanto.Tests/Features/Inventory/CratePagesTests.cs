using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Inventory;
using MudBlazor;

namespace Chesanto.Tests.Features.Inventory;

public sealed class CratePagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser productionManager = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CrateSeeder>().SeedAsync();
        await host.Domain.Get<UnitConversionSeeder>().SeedAsync();
        productionManager = await host.Domain.CreateUserAsync("production@chesanto.test", Role.ProductManager);
        host.SignInAs(productionManager);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task<IRenderedComponent<Crates>> DispatchAsync(int crates)
    {
        var page = host.Render<Crates>();
        page.WaitForElement("#post-crates");
        var route = page.FindComponent<MudAutocomplete<string>>();
        await page.InvokeAsync(() => route.Instance.ValueChanged.InvokeAsync("Kisumu Road"));
        page.Find(".field-Quantity input").Change(crates.ToString());
        page.Find(".field-Reason input").Change("Morning load");
        await page.Find("#post-crates").ClickAsync(new());
        return page;
    }

    [Fact]
    public async Task The_production_manager_sends_40_crates_out_with_kisumu_road_and_sees_the_totals_move()
    {
        var page = await DispatchAsync(40);

        page.WaitForAssertion(() => Assert.Contains("260", page.Find(".crates-store").TextContent));
        Assert.Contains("40", page.Find(".crates-out").TextContent);
        Assert.Contains("Kisumu Road: 40", page.Find("#crates-by-route").TextContent);
        var newest = page.Find("#crate-history tbody tr").TextContent;
        Assert.Contains("Dispatch out", newest);
        Assert.Contains("store → Kisumu Road", newest);
        Assert.Equal(260, (await host.Domain.Get<CrateLedger>().TotalsAsync()).Store);
    }

    [Fact]
    public async Task Dispatching_more_than_the_store_holds_is_refused_at_the_quantity()
    {
        var page = await DispatchAsync(301);

        page.WaitForAssertion(() => Assert.Contains("The store holds 300 crates, not 301.", page.Find("#crate-refused").TextContent));
        Assert.Contains("The store holds 300 crates", page.Find(".field-Quantity").TextContent);
        Assert.Equal(300, (await host.Domain.Get<CrateLedger>().TotalsAsync()).Store);
    }

    [Fact]
    public async Task A_wrong_dispatch_is_reversed_from_the_history_with_a_reason()
    {
        await host.Domain.Get<CrateLedger>().PostAsync(new CrateInput(CrateMovementType.DispatchOut, 25, "Morning load", "Kakamega"));
        var page = host.Render<Crates>();
        page.WaitForAssertion(() => Assert.Contains("275", page.Find(".crates-store").TextContent));

        await page.Find(".reverse-crates").ClickAsync(new());
        page.Find(".crate-reverse .field-Reason input").Input("Wrong route");
        await page.Find(".confirm-reverse").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("300", page.Find(".crates-store").TextContent));
        Assert.Contains("reverses #", page.Find("#crate-history tbody tr").TextContent);
        Assert.Single(page.FindAll(".crate-reversed"));
        Assert.Single(page.FindAll(".reverse-crates")); // only the go-live count's is left
    }

    [Fact]
    public async Task An_open_crates_page_follows_a_dispatch_posted_elsewhere()
    {
        var page = host.Render<Crates>();
        page.WaitForAssertion(() => Assert.Contains("300", page.Find(".crates-store").TextContent));

        await host.Domain.Get<CrateLedger>().PostAsync(new CrateInput(CrateMovementType.DispatchOut, 12, "Second load", "Kakamega"));

        page.WaitForAssertion(() => Assert.Contains("288", page.Find(".crates-store").TextContent));
        Assert.Contains("Kakamega: 12", page.Find("#crates-by-route").TextContent);
    }

    [Fact]
    public async Task A_department_head_sees_the_crates_but_cannot_post_or_reverse()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("head@chesanto.test", Role.DeptHead));

        var page = host.Render<Crates>();

        page.WaitForAssertion(() => Assert.Contains("300", page.Find(".crates-store").TextContent));
        Assert.Empty(page.FindAll("#crate-form"));
        Assert.Empty(page.FindAll(".reverse-crates"));
        Assert.Contains("Go-live count", page.Find("#crate-history").TextContent);
    }

    [Fact]
    public void The_units_page_lists_the_seeded_conversions()
    {
        var page = host.Render<UnitsPage>();

        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("#unit-table tbody tr").Count));
        var bag = page.FindAll("#unit-table tbody tr").Single(r => r.QuerySelector(".unit-from")!.TextContent == "bag");
        Assert.Equal(("50", "kg"), (bag.QuerySelector(".unit-factor")!.TextContent, bag.QuerySelector(".unit-to")!.TextContent));
    }

    [Fact]
    public async Task The_production_manager_changes_the_bag_factor_and_a_bad_factor_is_refused_at_its_field()
    {
        var page = host.Render<UnitsPage>();
        page.WaitForElement("#save-unit");
        var bagRow = page.FindAll("#unit-table tbody tr").Single(r => r.QuerySelector(".unit-from")!.TextContent == "bag");
        await bagRow.QuerySelector(".edit-unit")!.ClickAsync(new());

        page.Find(".field-Factor input").Change("0");
        await page.Find("#save-unit").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Say how many kg make one bag", page.Find(".field-Factor").TextContent));

        page.Find(".field-Factor input").Change("25");
        await page.Find("#save-unit").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("#unit-table tbody tr .unit-factor"), c => c.TextContent == "25"));
        Assert.Equal(75m, await host.Domain.Get<UnitConversionService>().ConvertAsync(3, "bag", "kg"));
    }

    [Fact]
    public async Task A_department_head_sees_the_conversions_but_cannot_change_them()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("head@chesanto.test", Role.DeptHead));

        var page = host.Render<UnitsPage>();

        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("#unit-table tbody tr").Count));
        Assert.Empty(page.FindAll("#unit-form"));
        Assert.Empty(page.FindAll(".edit-unit"));
    }
}
