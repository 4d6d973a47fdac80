using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Attendance;

public sealed class ReportsAndKioskTests : IAsyncLifetime
{
    private readonly DomainHost host = new();
    private ApplicationUser baker = null!, accountant = null!, kiosk = null!;
    private Employee bakerRecord = null!, casual = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        baker = await host.CreateUserAsync("baker@chesanto.test", Role.Dispatch);
        accountant = await host.CreateUserAsync("accounts@chesanto.test", Role.Admin);
        kiosk = await host.CreateUserAsync("door@chesanto.test", Role.Kiosk);
        bakerRecord = await Staff.AddAsync(host, "CHE010", "Baker", Department.Production, baker);
        casual = await Staff.AddAsync(host, "CHE040", "Casual", Department.Distribution);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task WorkAsync(int day, (int h, int m) inAt, (int h, int m) outAt)
    {
        host.ActAs(baker);
        host.SetNairobi(day, inAt.h, inAt.m);
        await host.Get<AttendanceService>().ClockInAsync();
        host.SetNairobi(day, outAt.h, outAt.m);
        await host.Get<AttendanceService>().ClockOutAsync();
    }

    [Fact]
    public async Task The_weekly_report_counts_days_present_late_minutes_hours_and_absences_up_to_today()
    {
        await WorkAsync(25, (6, 20), (16, 20));
        await WorkAsync(26, (6, 0), (15, 0));
        host.ActAs(accountant);

        var week = await host.Get<AttendanceReports>().SummaryAsync(AttendancePeriod.WeekOf(new DateOnly(2026, 11, 26)));

        var b = week.Single(s => s.EmployeeNumber == "CHE010");
        Assert.Equal((4, 2, 2, 1, 20, 19m), (b.DaysExpected, b.DaysPresent, b.DaysAbsent, b.LateCount, b.LateMinutes, b.Hours));
        var c = week.Single(s => s.EmployeeNumber == "CHE040");
        Assert.Equal((4, 0, 4), (c.DaysExpected, c.DaysPresent, c.DaysAbsent));
        Assert.Equal(new DateOnly(2026, 11, 23), AttendancePeriod.WeekOf(new DateOnly(2026, 11, 29)).From);
    }

    [Fact]
    public async Task Monthly_absences_feed_payroll_and_a_department_filter_keeps_only_its_staff()
    {
        await WorkAsync(25, (6, 0), (16, 0));
        await WorkAsync(26, (6, 0), (16, 0));
        host.ActAs(accountant);
        var reports = host.Get<AttendanceReports>();

        // Mon–Sat from 2 to 26 November 2026 are 22 open days.
        Assert.Equal(20, await reports.DaysAbsentAsync(bakerRecord.Id, 2026, 11));
        Assert.Equal(22, await reports.DaysAbsentAsync(casual.Id, 2026, 11));
        var distribution = await reports.SummaryAsync(AttendancePeriod.MonthOf(new DateOnly(2026, 11, 1)), Department.Distribution);
        Assert.Equal(["CHE040"], distribution.Select(s => s.EmployeeNumber));
    }

    [Fact]
    public void The_kiosk_role_can_use_the_kiosk_and_nothing_else_and_no_person_can_use_the_kiosk()
    {
        Assert.Equal([Permissions.UseKiosk], Permissions.MinimumRole.Keys.Where(p => Permissions.Allows(Role.Kiosk, p)));
        Assert.All(Enum.GetValues<Role>().Where(r => r != Role.Kiosk), r => Assert.False(Permissions.Allows(r, Permissions.UseKiosk)));
        Assert.True(Permissions.Allows(Role.BasicUser, Permissions.SignedIn));
        Assert.True(Permissions.Allows(Role.Superadmin, Permissions.ViewAttendanceBoard));
    }

    private async Task<KioskService> KioskWithPinAsync(string pin = "4821")
    {
        host.ActAs(accountant);
        await host.Get<KioskService>().SetPinAsync(casual.Id, pin);
        host.ActAs(kiosk);
        return host.Get<KioskService>();
    }

    [Fact]
    public async Task Staff_without_accounts_clock_in_and_out_at_the_kiosk_with_number_and_pin_which_is_stored_hashed()
    {
        var kioskService = await KioskWithPinAsync();
        host.SetNairobi(25, 6, 3);

        var clockedIn = await kioskService.ClockAsync("che040", "4821", clockIn: true);
        host.SetNairobi(25, 14, 3);
        var clockedOut = await kioskService.ClockAsync("CHE040", "4821", clockIn: false);

        Assert.Equal(("Casual Wanjiru", "kiosk", 8m), (clockedIn.Name, clockedOut.Record.ClockedInVia, clockedOut.Record.HoursWorked));
        await using var db = await host.NewDbAsync();
        var pin = await db.Set<AttendancePin>().SingleAsync();
        Assert.DoesNotContain("4821", pin.PinHash);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Changes != null && a.Changes.Contains("4821")));
    }

    [Fact]
    public async Task A_pin_has_4_to_6_digits_and_only_the_accountant_sets_it()
    {
        host.ActAs(accountant);
        var bad = await Assert.ThrowsAsync<DomainException>(() => host.Get<KioskService>().SetPinAsync(casual.Id, "12a4"));
        host.ActAs(baker);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<KioskService>().SetPinAsync(casual.Id, "1234"));

        Assert.Equal("Pin", bad.Field);
    }

    [Fact]
    public async Task Wrong_pins_and_unknown_numbers_are_refused_audited_and_limited_per_employee_then_per_device()
    {
        var kioskService = await KioskWithPinAsync();

        var unknown = await Assert.ThrowsAsync<DomainException>(() => kioskService.ClockAsync("CHE777", "4821", true));
        Assert.Equal("No employee has the number CHE777.", unknown.Message);
        for (var i = 0; i < KioskService.WrongPerEmployee; i++)
            Assert.Equal("Wrong PIN for CHE040.", (await Assert.ThrowsAsync<DomainException>(() => kioskService.ClockAsync("CHE040", "0000", true))).Message);
        var locked = await Assert.ThrowsAsync<DomainException>(() => kioskService.ClockAsync("CHE040", "4821", true));
        Assert.StartsWith("Too many wrong PINs for CHE040", locked.Message);

        for (var i = 0; i < 4; i++) await Assert.ThrowsAsync<DomainException>(() => kioskService.ClockAsync($"CHE80{i}", "0000", true));
        var device = await Assert.ThrowsAsync<DomainException>(() => kioskService.ClockAsync("CHE010", "1111", true));
        Assert.StartsWith("Too many wrong PINs on this tablet", device.Message);

        host.Time.Advance(KioskService.Window);
        var ok = await kioskService.ClockAsync("CHE040", "4821", true);
        Assert.NotNull(ok.Record.ClockInAt);
        await using var db = await host.NewDbAsync();
        Assert.Equal(10, await db.AuditEntries.CountAsync(a => a.Action == AuditAction.LoginFailed && a.Entity == nameof(AttendanceRecord)));
    }

    [Fact]
    public async Task A_person_signed_in_with_their_own_role_cannot_use_the_kiosk()
    {
        await KioskWithPinAsync();
        host.ActAs(accountant);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<KioskService>().ClockAsync("CHE040", "4821", true));
    }
}
