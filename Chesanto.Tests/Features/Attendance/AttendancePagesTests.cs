using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.People;
using Chesanto.Tests.Domain.Attendance;
using Chesanto.Tests.Features.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Attendance;
using Chesanto.Web.Features.Home;

namespace Chesanto.Tests.Features.Attendance;

public sealed class AttendancePagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();
    private ApplicationUser baker = null!, head = null!;
    private Employee bakerRecord = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        baker = await host.Domain.CreateUserAsync("baker@chesanto.test", Role.Dispatch);
        head = await host.Domain.CreateUserAsync("head@chesanto.test", Role.DeptHead);
        bakerRecord = await Staff.AddAsync(host.Domain, "CHE010", "Baker", Department.Production, baker);
        await Staff.AddAsync(host.Domain, "CHE011", "Oven", Department.Production);
        await Staff.AddAsync(host.Domain, "CHE020", "Seller", Department.Sales);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task An_employee_clocks_in_on_their_page_and_sees_in_since_and_late_then_clocks_out_and_sees_the_hours()
    {
        host.SignInAs(baker);
        var page = host.Render<MyDay>();
        page.WaitForElement("#clock-in");
        Assert.Equal("Not clocked in", page.Find("#today-status").TextContent);

        await page.Find("#clock-in").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal("In since 06:30, late 30 min", page.Find("#today-status").TextContent));
        host.Domain.SetNairobi(24, 16, 0);
        await page.Find("#clock-out").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("Out at 16:00, 9.5 h", page.Find("#today-status").TextContent));
        Assert.Empty(page.FindAll("#clock-in, #clock-out"));
        Assert.Contains("Late 30 min", page.Find("#attendance-history tbody tr").TextContent);
    }

    [Fact]
    public async Task A_clock_in_made_elsewhere_shows_on_the_open_page_at_once_and_its_button_goes()
    {
        host.SignInAs(baker);
        var page = host.Render<MyDay>();
        page.WaitForElement("#clock-in");

        await host.Domain.AttendanceOf(baker).ClockInAsync();

        page.WaitForAssertion(() => Assert.Equal("In since 06:30, late 30 min", page.Find("#today-status").TextContent));
        Assert.Empty(page.FindAll("#clock-in"));
        Assert.Single(page.FindAll("#clock-out"));
    }

    [Fact]
    public async Task Someone_not_on_the_register_is_told_to_ask_for_the_link()
    {
        host.SignInAs(head);
        var page = host.Render<MyDay>();

        page.WaitForAssertion(() => Assert.Contains("not linked to a staff record", page.Find("#not-on-register").TextContent));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_board_groups_by_department_and_changes_live_when_someone_clocks_in_elsewhere()
    {
        host.SignInAs(head);
        var board = host.Render<Board>();
        board.WaitForElement("#board-counters");
        Assert.Equal("3", board.Find("[data-counter=absent] .value").TextContent);
        Assert.Equal(["Production", "Sales"], board.FindAll(".department h2").Select(h => h.TextContent.Split(' ')[0]));

        await host.Domain.AttendanceOf(baker).ClockInAsync();

        board.WaitForAssertion(() => Assert.Equal("1", board.Find("[data-counter=in] .value").TextContent));
        Assert.Equal("1", board.Find("[data-counter=late] .value").TextContent);
        Assert.Equal("In since 06:30, late 30 min", board.Find("[data-employee=CHE010] .state").TextContent);
    }

    [Fact]
    public async Task The_accountant_corrects_a_forgotten_clock_in_from_the_board_with_a_reason()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("acc@chesanto.test", Role.Admin));
        var screen = host.Open<Board>();
        screen.Page.WaitForElement("[data-employee=CHE011] .correct");

        await screen.Page.Find("[data-employee=CHE011] button.correct").ClickAsync(new());
        screen.Dialogs.WaitForElement(".field-In input").Change("06:05");
        screen.Dialogs.Find(".field-Reason textarea").Change("Signed the gate book at 06:05");
        await screen.Dialogs.Find("button.save-correction").ClickAsync(new());

        screen.Page.WaitForAssertion(() => Assert.Equal("In since 06:05", screen.Page.Find("[data-employee=CHE011] .state").TextContent));
        var record = (await host.Domain.Get<AttendanceBoard>().TodayAsync()).Lines.Single(l => l.EmployeeNumber == "CHE011");
        Assert.Equal(BoardState.In, record.State);
    }

    [Fact]
    public async Task A_correction_without_a_reason_is_refused_at_the_reason_field()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("acc@chesanto.test", Role.Admin));
        var screen = host.Open<Board>();
        screen.Page.WaitForElement("[data-employee=CHE011] .correct");

        await screen.Page.Find("[data-employee=CHE011] button.correct").ClickAsync(new());
        screen.Dialogs.WaitForElement(".field-In input").Change("6:05");
        await screen.Dialogs.Find("button.save-correction").ClickAsync(new());

        screen.Dialogs.WaitForAssertion(() => Assert.Contains("Say why the record is corrected.", screen.Dialogs.Find(".field-Reason").TextContent));
    }

    [Fact]
    public async Task The_kiosk_clocks_in_by_number_and_pin_and_shows_a_wrong_pin_at_the_pin_field()
    {
        host.SignInAs(await host.Domain.CreateUserAsync("acc@chesanto.test", Role.Admin));
        await host.Domain.Get<KioskService>().SetPinAsync(bakerRecord.Id, "2468");
        host.SignInAs(await host.Domain.CreateUserAsync("door@chesanto.test", Role.Kiosk));
        var kiosk = host.Render<Kiosk>();

        kiosk.Find(".field-EmployeeNumber input").Change("CHE010");
        kiosk.Find(".field-Pin input").Change("1111");
        await kiosk.Find("#kiosk-in").ClickAsync(new());
        kiosk.WaitForAssertion(() => Assert.Contains("Wrong PIN for CHE010.", kiosk.Find(".field-Pin").TextContent));

        kiosk.Find(".field-Pin input").Change("2468");
        await kiosk.Find("#kiosk-in").ClickAsync(new());

        kiosk.WaitForAssertion(() => Assert.Equal("Karibu, Baker Wanjiru. In since 06:30, late 30 min.", kiosk.Find("#kiosk-done").TextContent));
    }

    [Fact]
    public async Task The_weekly_report_shows_each_employee_with_a_department_total()
    {
        host.Domain.ActAs(baker);
        await host.Domain.Get<AttendanceService>().ClockInAsync();
        host.SignInAs(head);

        var report = host.Render<Reports>();

        report.WaitForAssertion(() => Assert.Contains("Week of 23 Nov 2026", report.Find("#report-period").TextContent));
        var bakerRow = report.FindAll("tr[data-employee=CHE010] td").Select(td => td.TextContent).ToList();
        Assert.Equal(["1", "1", "1", "30", "0", "0", "2"], bakerRow.Skip(1));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_dashboard_links_to_the_attendance_page()
    {
        host.SignInAs(baker);
        var dashboard = host.Render<Dashboard>();

        dashboard.WaitForAssertion(() => Assert.Equal("attendance", dashboard.Find("#attendance-card a").GetAttribute("href")));
        await Task.CompletedTask;
    }
}
