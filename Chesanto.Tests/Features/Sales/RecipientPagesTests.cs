using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Features.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Sales;

namespace Chesanto.Tests.Features.Sales;

public sealed class RecipientPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<RecipientSeeder>().SeedAsync();
        host.SignInAs(await host.Domain.CreateUserAsync("accounts@chesanto.test", Role.Admin));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private DateOnly Today => BusinessClock.BusinessDayOf(host.Domain.Time.GetUtcNow());

    [Fact]
    public async Task The_list_shows_each_plan_and_a_duplicate_name_is_refused_at_the_name_field()
    {
        var screen = host.Open<RecipientList>();
        screen.Page.WaitForAssertion(() => Assert.Contains("5/10/5 per unit", screen.RowOf("Matayos Depot").TextContent));
        Assert.Contains("7 % over 35,000", screen.RowOf("Joel/Enos").TextContent);

        screen.Page.Find("#add-recipient").Click();
        screen.Dialogs.WaitForElement(".field-Name input").Change("mike");
        screen.Dialogs.Find(".save-recipient").Click();

        screen.Dialogs.WaitForAssertion(() => Assert.Contains("There is already a recipient called mike.",
            screen.Dialogs.Find(".field-Name").ParentElement!.TextContent));
        Assert.Equal(8, (await host.Domain.Get<RecipientService>().ListAsync()).Count);
    }

    [Fact]
    public async Task A_new_plan_is_saved_from_the_details_page_and_shows_in_the_history()
    {
        var okiya = (await host.Domain.Get<RecipientService>().ListAsync()).Single(r => r.Name == "Okiya");
        var page = host.Render<RecipientDetail>(p => p.Add(d => d.Id, okiya.Id));
        page.WaitForElement("#save-plan");

        page.Find(".plan-DailyTarget input").Change("30000");
        page.Find(".plan-BonusPercent input").Change("5");
        page.FindAll(".plan-rate input")[1].Change("2"); // KDF
        await page.Find("#save-plan").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#plan-history tbody tr").Count));
        var plan = (await host.Domain.Get<RecipientService>().PlanOnAsync(okiya.Id, Today.AddDays(1)))!;
        Assert.Equal((30_000m, 5m), (plan.DailyTarget!.Value, plan.BonusPercent));
        Assert.Contains("KDF 2", page.Find("#plan-history").TextContent);
    }
}
