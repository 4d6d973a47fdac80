using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Chesanto.Tests.EndToEnd.Attendance;

[Collection(AppCollection.Name)]
public sealed class AttendanceBoardJourneyTests(AppHost app)
{
    private const string Password = "mandazi at six sharp";

    /// <summary>The app runs on the real clock; on a Sunday (closed) the test opens a shift so the journey still runs.</summary>
    private void OpenToday()
    {
        var schedule = app.Services.GetRequiredService<ShiftSchedule>();
        var today = app.Services.GetRequiredService<BusinessClock>().Today;
        if (schedule.For(today) is null) schedule.Sunday = new Shift();
    }

    private async Task<Employee> EmployeeAsync(string number, string first, Department department, ApplicationUser? login)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        db.Actor = Actor.System;
        var employee = new Employee
        {
            EmployeeNumber = number, FirstName = first, LastName = "Otieno", PhonePrimary = "+254711000" + number[^3..], Position = "Baker",
            Department = department, HireDate = new DateOnly(2024, 1, 8), UserId = login?.Id, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        await app.Services.GetRequiredService<IEventHub>().PublishAsync(new EmployeeChanged(employee.Id)); // as EmployeeService does
        return employee;
    }

    [Fact]
    public async Task The_board_in_one_page_shows_a_clock_in_made_in_another_page_without_a_reload()
    {
        OpenToday();
        await AppUsers.CreateAsync(app, "head.board@chesanto.test", Role.DeptHead, Password, recentLogin: true);
        var baker = await AppUsers.CreateAsync(app, "baker.board@chesanto.test", Role.Dispatch, Password, recentLogin: true);
        await EmployeeAsync("CHE901", "Achieng", Department.Production, baker);

        var board = await app.NewPageAsync(1920, 1080);
        await board.SignInAsync("head.board@chesanto.test", Password);
        await board.WaitForURLAsync(app.BaseUrl + "/");
        await board.GotoAsync("/attendance/board");
        await board.WaitForCircuitAsync();
        Assert.Contains("Absent", await board.InnerTextAsync("[data-employee=CHE901] .state"));
        var navigations = 0;
        board.FrameNavigated += (_, _) => navigations++;

        var phone = await app.NewPageAsync(390, 844);
        await phone.SignInAsync("baker.board@chesanto.test", Password);
        await phone.WaitForURLAsync(app.BaseUrl + "/");
        // Clicked once the dashboard is live, so the router (not a half-loaded page) follows the link.
        await phone.WaitForCircuitAsync();
        await phone.ClickAsync("#attendance-card a");
        await phone.WaitForURLAsync(app.BaseUrl + "/attendance");
        // Whatever the page settles on, so a failure says what the baker saw instead of timing out on a missing button.
        // Generous: with the whole suite running on two cores, the circuit can take a while to render the next page.
        try { await phone.WaitForSelectorAsync("#clock-in, #clock-out, #not-on-register, #closed-today", new() { Timeout = 45_000 }); }
        catch (TimeoutException) { Assert.Fail($"{phone.Url} showed none of its states: {await phone.InnerTextAsync("body")}"); }
        Assert.True(await phone.IsVisibleAsync("#clock-in"), await phone.InnerTextAsync(".mud-main-content"));
        await phone.ClickAsync("#clock-in");
        await phone.WaitForSelectorAsync("#today-status:has-text('In since')");
        await phone.ScreenshotAsync("phone-attendance-clocked-in");

        await board.WaitForSelectorAsync("[data-employee=CHE901] .state:has-text('In since')");
        Assert.Equal(0, navigations);
        await board.ScreenshotAsync("wall-attendance-board");
    }

    [Fact]
    public async Task The_door_tablet_signs_in_as_the_kiosk_lands_on_the_kiosk_and_clocks_a_casual_in_by_pin()
    {
        OpenToday();
        var casual = await EmployeeAsync("CHE902", "Wekesa", Department.Distribution, null);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var pins = new KioskService(scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>(), new FixedCurrentUser(Actor.System),
                scope.ServiceProvider.GetRequiredService<BusinessClock>(), scope.ServiceProvider.GetRequiredService<AttendanceService>(),
                scope.ServiceProvider.GetRequiredService<AttemptLimiter>());
            await pins.SetPinAsync(casual.Id, "5790");
        }
        await AppUsers.CreateAsync(app, "door.kiosk@chesanto.test", Role.Kiosk, Password, recentLogin: true);

        var tablet = await app.NewPageAsync(800, 1000);
        await tablet.SignInAsync("door.kiosk@chesanto.test", Password);
        await tablet.WaitForURLAsync(app.BaseUrl + "/attendance/kiosk");
        await tablet.WaitForCircuitAsync();
        await tablet.FillAsync(".field-EmployeeNumber input", "che902");
        await tablet.FillAsync(".field-Pin input", "5790");
        await tablet.ClickAsync("#kiosk-in");

        Assert.Contains("Karibu, Wekesa Otieno. In since", await (await tablet.WaitForSelectorAsync("#kiosk-done"))!.InnerTextAsync());
        await tablet.ScreenshotAsync("tablet-kiosk");
        await tablet.GotoAsync("/");
        await tablet.WaitForURLAsync("**/Account/AccessDenied**");
    }
}
