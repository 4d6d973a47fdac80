using Chesanto.Domain.Accounts;
using Chesanto.Domain.Alerts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Alerts;

public sealed class AlertServiceTests : IAsyncLifetime
{
    private const string AccountantEmail = "accountant@chesanto.test", CeoEmail = "ceo@chesanto.test";
    private readonly DomainHost host = new();
    private ApplicationUser accountant = null!, ceo = null!, salesman = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        accountant = await host.CreateUserAsync(AccountantEmail, Role.Admin);
        ceo = await host.CreateUserAsync(CeoEmail, Role.Superadmin);
        salesman = await host.CreateUserAsync("salesman@chesanto.test", Role.Salesman);
        var inactive = await host.CreateUserAsync("old-accountant@chesanto.test", Role.Admin);
        await using var db = await host.NewDbAsync();
        await db.Users.Where(u => u.Id == inactive.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private AlertService Alerts => host.Get<AlertService>();

    private static AlertDraft Deficit(int settlement, decimal amount) => new("Deficit",
        amount > 500 ? AlertSeverity.Critical : AlertSeverity.Warning, $"Deficit of {amount:N0} KES",
        $"Settlement {settlement} banked {amount:N0} KES less than expected.", $"sales/settlements/{settlement}",
        ToAccountant: true, ToCeo: amount > 500, SubjectKey: $"Settlement:{settlement}");

    private static AlertDraft CeoOnly() => new("DeficitPattern", AlertSeverity.Critical, "Three deficits in 30 days",
        "Otieno had 3 deficits in 30 days.", null, ToAccountant: false, ToCeo: true, SubjectKey: "Salesman:7");

    [Fact]
    public async Task A_deficit_of_300_is_stored_on_todays_business_day_and_emailed_to_the_active_accountant_only()
    {
        var raised = new List<int>();
        using var _ = host.Get<IEventHub>().Subscribe<AlertRaised>(e => { raised.Add(e.AlertId); return Task.CompletedTask; });

        var alert = await Alerts.RaiseAsync(Deficit(12, 300));

        Assert.NotNull(alert);
        Assert.Equal([alert.Id], raised);
        Assert.Equal(new DateOnly(2026, 11, 24), alert.BusinessDay);
        Assert.Equal(host.Time.GetUtcNow(), alert.RaisedAt);
        var email = Assert.Single(host.Outbox.Messages);
        Assert.Equal((AccountantEmail, "Warning: Deficit of 300 KES"), (email.To, email.Subject));
        Assert.Contains("Settlement 12 banked 300 KES less than expected.", email.Body);
        Assert.Contains("/sales/settlements/12", email.Body);
    }

    [Fact]
    public async Task A_deficit_over_500_is_emailed_to_the_accountant_and_the_ceo()
    {
        await Alerts.RaiseAsync(Deficit(13, 800));

        Assert.Equal([AccountantEmail, CeoEmail], host.Outbox.Messages.Select(m => m.To).Order().ToList());
        Assert.All(host.Outbox.Messages, m => Assert.Equal("CRITICAL: Deficit of 800 KES", m.Subject));
    }

    [Fact]
    public async Task While_an_alert_is_open_the_same_kind_and_subject_is_not_raised_again_but_after_resolving_it_is()
    {
        var first = await Alerts.RaiseAsync(Deficit(12, 300));
        var duplicate = await Alerts.RaiseAsync(Deficit(12, 350));
        var otherSubject = await Alerts.RaiseAsync(Deficit(14, 100));
        var otherKind = await Alerts.RaiseAsync(Deficit(12, 300) with { Kind = "CrateShortfall" });
        var noSubject1 = await Alerts.RaiseAsync(Deficit(12, 300) with { SubjectKey = null });
        var noSubject2 = await Alerts.RaiseAsync(Deficit(12, 300) with { SubjectKey = null });
        host.ActAs(accountant);
        await Alerts.ResolveAsync(first!.Id, "Counted again; the cash was in the second bag.");
        var afterResolve = await Alerts.RaiseAsync(Deficit(12, 300));

        Assert.Null(duplicate);
        Assert.All([otherSubject, otherKind, noSubject1, noSubject2, afterResolve], Assert.NotNull);
        Assert.Equal(5, await Alerts.OpenCountAsync());
        Assert.Equal(6, host.Outbox.Messages.Count);
    }

    [Fact]
    public async Task Raises_of_the_same_subject_at_once_store_one_alert()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Alerts.RaiseAsync(Deficit(20, 300)))));

        Assert.Single(results, r => r is not null);
        await using var db = await host.NewDbAsync();
        Assert.Equal(1, await db.Alerts.CountAsync(a => a.SubjectKey == "Settlement:20"));
    }

    [Fact]
    public async Task The_accountant_sees_alerts_for_the_accountant_the_ceo_sees_all_and_a_salesman_is_refused()
    {
        var forAccountant = await Alerts.RaiseAsync(Deficit(12, 300));
        var forCeo = await Alerts.RaiseAsync(CeoOnly());

        host.ActAs(accountant);
        Assert.Equal([forAccountant!.Id], (await Alerts.OpenAsync()).Select(a => a.Id));
        Assert.Equal(1, await Alerts.OpenCountAsync());
        Assert.Equal([forAccountant.Id], (await Alerts.RecentAsync()).Select(a => a.Id));
        var hidden = await Assert.ThrowsAsync<DomainException>(() => Alerts.ResolveAsync(forCeo!.Id, "Looked into it"));
        Assert.Equal("This alert does not exist.", hidden.Message);

        host.ActAs(ceo);
        Assert.Equal([forCeo!.Id, forAccountant.Id], (await Alerts.OpenAsync()).Select(a => a.Id));
        Assert.Equal(2, await Alerts.OpenCountAsync());

        host.ActAs(salesman);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Alerts.OpenAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Alerts.OpenCountAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Alerts.RecentAsync());
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Alerts.ResolveAsync(forAccountant.Id, "Mine"));
    }

    [Fact]
    public async Task Resolving_needs_a_note_then_records_who_when_and_why_and_cannot_be_done_twice()
    {
        var alert = await Alerts.RaiseAsync(Deficit(12, 300));
        host.ActAs(accountant);
        var resolved = new List<int>();
        using var _ = host.Get<IEventHub>().Subscribe<AlertResolved>(e => { resolved.Add(e.AlertId); return Task.CompletedTask; });

        var noNote = await Assert.ThrowsAsync<DomainException>(() => Alerts.ResolveAsync(alert!.Id, "  "));
        host.Time.Advance(TimeSpan.FromHours(2));
        await Alerts.ResolveAsync(alert!.Id, "  Salesman paid the 300 KES on Wednesday. ");
        var twice = await Assert.ThrowsAsync<DomainException>(() => Alerts.ResolveAsync(alert.Id, "Again"));

        Assert.Equal(nameof(Alert.Resolution), noNote.Field);
        Assert.Equal(nameof(Alert.Resolution), twice.Field);
        Assert.Equal([alert.Id], resolved);
        var stored = Assert.Single(await Alerts.RecentAsync());
        Assert.Equal(("Salesman paid the 300 KES on Wednesday.", AccountantEmail, host.Time.GetUtcNow()),
            (stored.Resolution, stored.ResolvedByName, stored.ResolvedAt));
        Assert.Empty(await Alerts.OpenAsync());
        Assert.Equal(0, await Alerts.OpenCountAsync());
    }
}
