using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Features.Accounts;

public sealed class UsersPageTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    public Task InitializeAsync() => host.InitializeAsync();
    public Task DisposeAsync() => host.DisposeAsync();

    private async Task<ApplicationUser> SignInAsync(string email, Role role, bool primary = false)
    {
        var user = await host.Domain.CreateUserAsync(email, role, primary: primary);
        host.SignInAs(user);
        return user;
    }

    private static void FillInvitation<T>(AdminScreen<T> screen, string email, string name, string role) where T : IComponent
    {
        screen.Page.Find("button.invite").Click();
        screen.Dialogs.WaitForElement(".invite-email input").Change(email);
        screen.Dialogs.Find(".invite-name input").Change(name);
        screen.Choose(screen.Dialogs, ".invite-role", role);
        screen.Dialogs.Find("button.send-invitation").Click();
    }

    [Fact]
    public async Task The_CEO_invites_an_accountant_who_gets_the_email_and_is_listed_as_invited()
    {
        await SignInAsync("ceo@chesanto.test", Role.Superadmin, primary: true);
        var screen = host.Open<Users>();

        FillInvitation(screen, "Grace.Akinyi@chesanto.test", "Grace Akinyi", "Accountant");

        screen.Page.WaitForAssertion(() =>
        {
            var row = screen.RowOf("grace.akinyi@chesanto.test");
            Assert.Contains("Grace Akinyi", row.TextContent);
            Assert.Contains("Accountant", row.TextContent);
            Assert.Contains("Must change password", row.TextContent);
            Assert.Contains("Invitation pending until 01 Dec 06:30", row.TextContent);
        });
        var email = host.Domain.Outbox.LastTo("grace.akinyi@chesanto.test");
        Assert.Equal("You are invited to Chesanto", email.Subject);
        Assert.Contains("Accountant account", email.Body);
        Assert.Empty(screen.Dialogs.FindAll(".invite-email"));
    }

    [Fact]
    public async Task Inviting_an_email_already_in_use_says_so_at_the_email_field()
    {
        await host.Domain.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        await SignInAsync("accountant@chesanto.test", Role.Admin);
        var screen = host.Open<Users>();

        FillInvitation(screen, "sales@chesanto.test", "Peter Mwangi", "Sales Rep");

        screen.Dialogs.WaitForAssertion(() =>
            Assert.Contains("A user with this email already exists.", screen.Dialogs.Find(".invite-email").TextContent));
        Assert.DoesNotContain(host.Domain.Outbox.Messages, m => m.Subject == "You are invited to Chesanto");
    }

    [Fact]
    public async Task An_accountant_is_offered_only_the_roles_below_accountant_except_production_manager_and_department_head()
    {
        await SignInAsync("accountant@chesanto.test", Role.Admin);
        var screen = host.Open<Users>();
        screen.Page.Find("button.invite").Click();

        screen.Dialogs.WaitForElement(".invite-role.mud-input-control").MouseDown();

        screen.Popovers.WaitForAssertion(() => Assert.Equal(["Dispatch Officer", "Sales Rep", "Gate man", "Door kiosk (tablet)"],
            screen.Popovers.FindAll(".mud-popover-open .mud-list-item").Select(o => o.TextContent.Trim())));
    }

    [Fact]
    public async Task An_accountant_sees_no_delete_button_and_cannot_touch_the_CEO()
    {
        await host.Domain.CreateUserAsync("ceo@chesanto.test", Role.Superadmin, primary: true);
        await host.Domain.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        await SignInAsync("accountant@chesanto.test", Role.Admin);

        var screen = host.Open<Users>();

        screen.Page.WaitForAssertion(() => Assert.Equal(3, screen.Page.FindAll("tbody tr").Count));
        Assert.Empty(screen.Page.FindAll("button.delete"));
        Assert.NotNull(screen.RowOf("sales@chesanto.test").QuerySelector("button.deactivate"));
        Assert.Null(screen.RowOf("ceo@chesanto.test").QuerySelector("button.deactivate"));
        Assert.Null(screen.RowOf("ceo@chesanto.test").QuerySelector(".change-role"));
    }

    [Fact]
    public async Task The_CEO_deletes_a_salesman_after_confirming()
    {
        var salesman = await host.Domain.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        await SignInAsync("ceo@chesanto.test", Role.Superadmin, primary: true);
        var screen = host.Open<Users>();

        screen.Page.WaitForElement("button.delete").Click();
        screen.Dialogs.WaitForAssertion(() => Assert.Contains("Delete sales Test (sales@chesanto.test)?", screen.Dialogs.Markup));
        screen.Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        screen.Page.WaitForAssertion(() => Assert.DoesNotContain("sales@chesanto.test", screen.Page.Markup));
        await using var db = await host.Domain.NewDbAsync();
        Assert.NotNull((await db.Users.SingleAsync(u => u.Id == salesman.Id)).DeletedAt);
        Assert.Empty(screen.Page.FindAll("button.delete")); // nobody deletes themselves
    }

    [Fact]
    public async Task The_CEO_makes_a_salesman_production_manager_from_the_list()
    {
        var salesman = await host.Domain.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        await SignInAsync("ceo@chesanto.test", Role.Superadmin, primary: true);
        var screen = host.Open<Users>();
        screen.Page.WaitForElement(".change-role");

        screen.Choose(screen.Page, ".change-role", "Production Manager");

        screen.Page.WaitForAssertion(() => Assert.Equal("Production Manager", screen.RowOf("sales@chesanto.test").QuerySelector(".user-role")!.TextContent));
        await using var db = await host.Domain.NewDbAsync();
        Assert.Equal(Role.ProductManager, (await db.Users.SingleAsync(u => u.Id == salesman.Id)).Role);
    }

    [Fact]
    public async Task The_pending_list_shows_only_new_registrations_and_approving_one_emails_them()
    {
        await host.Domain.Get<RegistrationService>().RegisterAsync(
            new Registration("otieno@chesanto.test", "kneading-dough-42", "Otieno", "Ouma", "0712345679"));
        await SignInAsync("accountant@chesanto.test", Role.Admin);
        host.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("admin/users?pending=true");
        var screen = host.Open<Users>();

        screen.Page.WaitForAssertion(() => Assert.Contains("Awaiting approval", screen.RowOf("otieno@chesanto.test").TextContent));
        Assert.Single(screen.Page.FindAll("tbody tr"));
        screen.Choose(screen.Page, ".approve-role", "Sales Rep");
        screen.Page.Find("button.approve").Click();

        screen.Page.WaitForAssertion(() => Assert.Contains("Nobody waits for approval.", screen.Page.Markup));
        Assert.Equal("Your Chesanto account is active", host.Domain.Outbox.LastTo("otieno@chesanto.test").Subject);
        Assert.Contains("Otieno Ouma is approved as Sales Rep.", screen.Snackbars.Markup);
    }

    [Fact]
    public async Task A_refused_action_is_shown_to_the_accountant()
    {
        var salesman = await host.Domain.CreateUserAsync("sales@chesanto.test", Role.Salesman);
        await SignInAsync("accountant@chesanto.test", Role.Admin);
        var screen = host.Open<Users>();
        var deactivate = screen.Page.WaitForElement("button.deactivate");
        await using (var db = await host.Domain.NewDbAsync()) // someone removed the account behind the page's back
            await db.Users.Where(u => u.Id == salesman.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DeletedAt, DateTimeOffset.UtcNow));

        deactivate.Click();

        screen.Snackbars.WaitForAssertion(() => Assert.Contains("This user no longer exists.", screen.Snackbars.Markup));
    }

    [Fact]
    public async Task A_new_registration_appears_on_an_open_users_page()
    {
        await SignInAsync("accountant@chesanto.test", Role.Admin);
        var screen = host.Open<Users>();
        screen.Page.WaitForAssertion(() => Assert.Single(screen.Page.FindAll("tbody tr")));

        await host.Domain.Get<RegistrationService>().RegisterAsync(
            new Registration("achieng@chesanto.test", "kneading-dough-42", "Achieng", "Odhiambo", "0712345670"));

        screen.Page.WaitForAssertion(() => Assert.Contains("Awaiting approval", screen.RowOf("achieng@chesanto.test").TextContent));
    }
}
