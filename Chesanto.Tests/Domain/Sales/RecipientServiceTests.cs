using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Sales;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Sales;

public sealed class RecipientServiceTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
    }
    public Task DisposeAsync() => host.DisposeAsync();

    private DateOnly Today => BusinessClock.BusinessDayOf(host.Time.GetUtcNow());

    private async Task<RecipientService> AsAccountantAsync()
    {
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        return host.Get<RecipientService>();
    }

    private static RecipientInput Route(string name = "Joel/Enos") => new() { Name = name, Kind = RecipientKind.RouteSalesman, DefaultChannel = PriceChannel.Sales };

    private async Task<Dictionary<string, int>> ProductsAsync()
    {
        await using var db = await host.NewDbAsync();
        return await db.Products.ToDictionaryAsync(p => p.Name, p => p.Id);
    }

    [Fact]
    public async Task An_accountant_adds_a_depot_that_settles_late_with_its_phone_in_international_form()
    {
        var recipients = await AsAccountantAsync();
        var depot = await recipients.CreateAsync(new RecipientInput
        {
            Name = "  Matayos   Depot ", Kind = RecipientKind.Depot, DefaultChannel = PriceChannel.Distributor, Phone = "0712 345 678",
        });

        var saved = await recipients.GetAsync(depot.Id);
        Assert.Equal("Matayos Depot", saved!.Name);
        Assert.True(saved.SettlesLate);
        Assert.Equal("+254712345678", saved.Phone);
        Assert.False((await recipients.CreateAsync(Route())).SettlesLate);
    }

    [Fact]
    public async Task Names_are_required_unique_whatever_the_case_and_at_most_100_characters()
    {
        var recipients = await AsAccountantAsync();
        await recipients.CreateAsync(Route("Joel/Enos"));

        foreach (var name in new[] { "", "joel/enos", new string('x', 101) })
        {
            var refusal = await Assert.ThrowsAsync<DomainException>(() => recipients.CreateAsync(Route(name)));
            Assert.Equal(nameof(RecipientInput.Name), refusal.Field);
        }
        var badPhone = await Assert.ThrowsAsync<DomainException>(() => recipients.CreateAsync(new RecipientInput { Name = "Mike", Phone = "12345" }));
        Assert.Equal(nameof(RecipientInput.Phone), badPhone.Field);
        var noStaff = await Assert.ThrowsAsync<DomainException>(() => recipients.CreateAsync(new RecipientInput { Name = "Mike", EmployeeId = 999 }));
        Assert.Equal(nameof(RecipientInput.EmployeeId), noStaff.Field);
    }

    [Fact]
    public async Task A_login_runs_one_recipient_and_sees_it_as_its_own()
    {
        var recipients = await AsAccountantAsync();
        var joel = await host.CreateUserAsync("joel@chesanto.test", Role.Salesman);
        var route = await recipients.CreateAsync(Route());
        await recipients.UpdateAsync(route.Id, new RecipientInput { Name = "Joel/Enos", UserId = joel.Id }, route.Version);

        var taken = await Assert.ThrowsAsync<DomainException>(() => recipients.CreateAsync(new RecipientInput { Name = "Mike", UserId = joel.Id }));
        Assert.Equal(nameof(RecipientInput.UserId), taken.Field);
        var unknown = await Assert.ThrowsAsync<DomainException>(() => recipients.CreateAsync(new RecipientInput { Name = "Mike", UserId = "nobody" }));
        Assert.Equal(nameof(RecipientInput.UserId), unknown.Field);

        host.ActAs(joel);
        Assert.Equal(route.Id, (await host.Get<RecipientService>().RecipientForUserAsync(joel.Id))!.Id);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<RecipientService>().RecipientForUserAsync("someone-else"));
    }

    [Fact]
    public async Task A_stale_edit_is_refused()
    {
        var recipients = await AsAccountantAsync();
        var mike = await recipients.CreateAsync(Route("Mike"));
        await recipients.UpdateAsync(mike.Id, new RecipientInput { Name = "Mike", Kind = RecipientKind.CommissionAgent }, mike.Version);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            recipients.UpdateAsync(mike.Id, new RecipientInput { Name = "Mike", IsActive = false }, mike.Version));
        Assert.Equal(RecipientKind.CommissionAgent, (await recipients.GetAsync(mike.Id))!.Kind);
    }

    [Fact]
    public async Task A_recipient_keeps_its_name_once_goods_went_out_under_it()
    {
        var recipients = await AsAccountantAsync();
        var okiya = await recipients.CreateAsync(Route("Okiya"));
        okiya = await recipients.UpdateAsync(okiya.Id, Rename(RecipientInput.From(okiya), "Okiya route"), okiya.Version);
        await using (var db = await host.NewDbAsync())
        {
            db.Dispatches.Add(new Dispatch { RecipientId = okiya.Id, Day = Today, Channel = PriceChannel.Sales, DispatchedAt = host.Time.GetUtcNow(), DispatchedByName = "test" });
            await db.SaveChangesAsync();
        }

        var refusal = await Assert.ThrowsAsync<DomainException>(() => recipients.UpdateAsync(okiya.Id, Rename(RecipientInput.From(okiya), "Okiya"), okiya.Version));
        Assert.Equal(nameof(RecipientInput.Name), refusal.Field);
        var input2 = RecipientInput.From(okiya);
        input2.IsActive = false;
        Assert.False((await recipients.UpdateAsync(okiya.Id, input2, okiya.Version)).IsActive);
    }

    private static RecipientInput Rename(RecipientInput input, string name)
    {
        input.Name = name;
        return input;
    }

    [Fact]
    public async Task The_plan_in_force_is_the_latest_that_started_on_or_before_the_day_and_a_same_day_plan_is_replaced()
    {
        var recipients = await AsAccountantAsync();
        var products = await ProductsAsync();
        var mike = await recipients.CreateAsync(Route("Mike"));
        RateInput[] Rates(decimal bread) => [new(products["Bread"], bread), new(products["KDF"], 10m), new(products["Scones"], 5m)];

        await recipients.SetPlanAsync(mike.Id, new PlanInput(Today, null, 0m, Rates(5m)));
        await recipients.SetPlanAsync(mike.Id, new PlanInput(Today.AddDays(7), 35_000m, 7m, Rates(6m)));
        await recipients.SetPlanAsync(mike.Id, new PlanInput(Today.AddDays(7), 35_000m, 7m, Rates(4m)));

        Assert.Null(await recipients.PlanOnAsync(mike.Id, Today.AddDays(-1)));
        var now = (await recipients.PlanOnAsync(mike.Id, Today.AddDays(6)))!;
        Assert.Equal(5m, now.RateFor(products["Bread"]));
        Assert.Equal(10m, now.RateFor(products["KDF"]));
        var later = (await recipients.PlanOnAsync(mike.Id, Today.AddDays(30)))!;
        Assert.Equal(4m, later.RateFor(products["Bread"]));
        Assert.Equal(298.90m, later.BonusOn(39_270m));
        Assert.Equal(2, (await recipients.GetAsync(mike.Id))!.Plans.Count);
    }

    [Fact]
    public async Task A_plan_refuses_a_negative_rate_a_bonus_over_100_and_a_zero_target()
    {
        var recipients = await AsAccountantAsync();
        var products = await ProductsAsync();
        var mike = await recipients.CreateAsync(Route("Mike"));

        var negative = await Assert.ThrowsAsync<DomainException>(() => recipients.SetPlanAsync(mike.Id, new PlanInput(Today, null, 0m, [new(products["Bread"], -1m)])));
        Assert.Equal("Rates", negative.Field);
        var bonus = await Assert.ThrowsAsync<DomainException>(() => recipients.SetPlanAsync(mike.Id, new PlanInput(Today, 35_000m, 101m, [])));
        Assert.Equal(nameof(PlanInput.BonusPercent), bonus.Field);
        var target = await Assert.ThrowsAsync<DomainException>(() => recipients.SetPlanAsync(mike.Id, new PlanInput(Today, 0m, 7m, [])));
        Assert.Equal(nameof(PlanInput.DailyTarget), target.Field);
        Assert.Null(await recipients.PlanOnAsync(mike.Id, Today));
    }

    [Fact]
    public async Task Dispatch_clerks_list_recipients_but_cannot_manage_them_and_salesmen_cannot_list()
    {
        var recipients = await AsAccountantAsync();
        var mike = await recipients.CreateAsync(Route("Mike"));
        var retired = await recipients.CreateAsync(new RecipientInput { Name = "Chris", IsActive = false });

        host.ActAs(await host.CreateUserAsync("dispatch@chesanto.test", Role.Dispatch));
        var clerk = host.Get<RecipientService>();
        Assert.Equal(["Mike"], (await clerk.ListAsync()).Select(r => r.Name));
        Assert.Equal(2, (await clerk.ListAsync(includeInactive: true)).Count);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => clerk.CreateAsync(Route("Okiya")));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => clerk.UpdateAsync(mike.Id, Route("Mike"), mike.Version));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => clerk.SetPlanAsync(mike.Id, new PlanInput(Today, null, 0m, [])));

        host.ActAs(await host.CreateUserAsync("salesman@chesanto.test", Role.Salesman));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<RecipientService>().ListAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<RecipientService>().PlanOnAsync(retired.Id, Today));
    }

    [Fact]
    public async Task Changes_are_announced_after_they_are_saved()
    {
        var recipients = await AsAccountantAsync();
        var seen = new List<int>();
        using var _ = host.Get<IEventHub>().Subscribe<RecipientsChanged>(e => { seen.Add(e.RecipientId); return Task.CompletedTask; });

        var mike = await recipients.CreateAsync(Route("Mike"));
        await recipients.SetPlanAsync(mike.Id, new PlanInput(Today, null, 0m, []));

        Assert.Equal([mike.Id, mike.Id], seen);
    }

    [Fact]
    public async Task The_workbook_recipients_are_seeded_once_with_their_september_plans()
    {
        await host.Get<RecipientSeeder>().SeedAsync();
        await host.Get<RecipientSeeder>().SeedAsync();
        var products = await ProductsAsync();

        host.ActAs(await host.CreateUserAsync("dispatch@chesanto.test", Role.Dispatch));
        var all = await host.Get<RecipientService>().ListAsync();
        Assert.Equal(8, all.Count);
        var day = new DateOnly(2025, 9, 5);
        var joel = RecipientService.PlanIn(all.Single(r => r.Name == "Joel/Enos"), day)!;
        Assert.Equal((35_000m, 7m), (joel.DailyTarget!.Value, joel.BonusPercent));
        Assert.Equal(0m, joel.RateFor(products["KDF"]));
        Assert.Equal(40_000m, RecipientService.PlanIn(all.Single(r => r.Name == "Atwoli/Jeremiah"), day)!.DailyTarget);
        var depot = all.Single(r => r.Name == "Matayos Depot");
        Assert.True(depot.SettlesLate);
        Assert.Equal(PriceChannel.Distributor, depot.DefaultChannel);
        var mike = RecipientService.PlanIn(all.Single(r => r.Name == "Mike"), day)!;
        Assert.Equal([5m, 10m, 5m], new[] { "Bread", "KDF", "Scones" }.Select(p => mike.RateFor(products[p])));
        Assert.Null(mike.DailyTarget);
        Assert.Equal(PriceChannel.Rejects, all.Single(r => r.Name == "Rejects buyer").DefaultChannel);
    }
}
