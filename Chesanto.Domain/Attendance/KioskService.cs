using System.Text.RegularExpressions;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Attendance;

public sealed record KioskResult(string Name, AttendanceRecord Record);

/// <summary>
/// The shared tablet at the door: staff without accounts clock in with staff number + PIN. The tablet is signed in
/// with the Kiosk role, which can do nothing else. Wrong PINs are limited per device and per employee.
/// </summary>
public sealed partial class KioskService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    AttendanceService attendance, AttemptLimiter limiter)
{
    public const int WrongPerEmployee = 5, WrongPerDevice = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<AttendancePin> Hasher = new();

    /// <summary>The accountant sets (or replaces) an employee's 4–6 digit PIN.</summary>
    public async Task SetPinAsync(int employeeId, string pin)
    {
        await currentUser.RequireAsync(Permissions.ManageKioskPins);
        if (!PinPattern().IsMatch(pin ?? "")) throw new DomainException("A PIN has 4 to 6 digits.", "Pin");
        await using var db = await dbs.CreateDbContextAsync();
        if (!await db.Employees.AnyAsync(e => e.Id == employeeId)) throw new DomainException("Choose an employee.", "EmployeeId");
        var row = await db.AttendancePins().SingleOrDefaultAsync(p => p.EmployeeId == employeeId);
        if (row is null) db.AttendancePins().Add(row = new AttendancePin { EmployeeId = employeeId });
        row.PinHash = Hasher.HashPassword(row, pin!);
        row.SetAt = clock.UtcNow;
        await db.SaveChangesAsync();
    }

    public async Task<KioskResult> ClockAsync(string employeeNumber, string pin, bool clockIn)
    {
        var device = await currentUser.RequireAsync(Permissions.UseKiosk);
        var number = (employeeNumber ?? "").Trim().ToUpperInvariant();
        var deviceKey = $"kiosk-device:{device.UserId}";
        var employeeKey = $"kiosk-employee:{number}";
        if (limiter.IsBlocked(deviceKey, WrongPerDevice, Window))
            throw new DomainException("Too many wrong PINs on this tablet. Wait 15 minutes or ask a supervisor.");
        if (limiter.IsBlocked(employeeKey, WrongPerEmployee, Window))
            throw new DomainException($"Too many wrong PINs for {number}. Wait 15 minutes or ask a supervisor.", "Pin");
        await using var db = await dbs.CreateDbContextAsync();
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.EmployeeNumber == number);
        if (employee is null)
        {
            await WrongAsync(db, device, deviceKey, null, $"Kiosk: unknown staff number '{number}'.");
            throw new DomainException($"No employee has the number {number}.", "EmployeeNumber");
        }
        var stored = await db.AttendancePins().AsNoTracking().SingleOrDefaultAsync(p => p.EmployeeId == employee.Id);
        if (stored is null) throw new DomainException($"{employee.FullName} has no PIN yet; ask the accountant to set one.", "Pin");
        if (Hasher.VerifyHashedPassword(stored, stored.PinHash, pin ?? "") == PasswordVerificationResult.Failed)
        {
            await WrongAsync(db, device, deviceKey, employeeKey, $"Kiosk: wrong PIN for {number}.");
            throw new DomainException($"Wrong PIN for {number}.", "Pin");
        }
        limiter.Reset(employeeKey);
        var record = clockIn
            ? await attendance.ClockInAsync(employee, device, "kiosk", employee.FirstName)
            : await attendance.ClockOutAsync(employee, device, employee.FirstName);
        return new KioskResult(employee.FullName, record);
    }

    private async Task WrongAsync(ChesantoDbContext db, Actor device, string deviceKey, string? employeeKey, string message)
    {
        limiter.Record(deviceKey);
        if (employeeKey is not null) limiter.Record(employeeKey);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.UtcNow, UserId = device.UserId, UserName = device.Name, Action = AuditAction.LoginFailed,
            Entity = nameof(AttendanceRecord), Message = message, IpAddress = device.IpAddress,
        });
        await db.SaveChangesAsync();
    }

    [GeneratedRegex(@"^\d{4,6}$")] private static partial Regex PinPattern();
}
