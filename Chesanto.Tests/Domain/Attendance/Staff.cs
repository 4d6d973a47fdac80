using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Chesanto.Domain.Common;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Attendance;

/// <summary>Employees and Nairobi times for the attendance tests.</summary>
internal static class Staff
{
    public static async Task<Employee> AddAsync(DomainHost host, string number, string first, Department department = Department.Production,
        ApplicationUser? login = null, DateOnly? hired = null)
    {
        var employee = new Employee
        {
            EmployeeNumber = number, FirstName = first, LastName = "Wanjiru", PhonePrimary = "+254712000" + number[^3..],
            Position = "Baker", Department = department, HireDate = hired ?? new DateOnly(2025, 1, 6), UserId = login?.Id,
            CreatedAt = host.Time.GetUtcNow(),
        };
        await using var db = await host.NewDbAsync();
        db.Actor = Actor.System;
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        return employee;
    }

    /// <summary>The attendance service as another circuit would have it: acting as this user, whoever the host acts as.</summary>
    public static AttendanceService AttendanceOf(this DomainHost host, ApplicationUser user) =>
        new(host.Get<IDbContextFactory<ChesantoDbContext>>(), new FixedCurrentUser(new Actor(user.Id, user.Email!, user.Role, "10.0.0.7")),
            host.Get<BusinessClock>(), host.Get<IEventHub>(), host.Get<ShiftSchedule>(), host.Get<BoardSnapshot>());

    /// <summary>A Nairobi wall-clock moment in November 2026 (the 24th is a Tuesday, the 29th a Sunday).</summary>
    public static DateTimeOffset Nairobi(int day, int hour, int minute, int second = 0) => new(2026, 11, day, hour, minute, second, TimeSpan.FromHours(3));

    public static void SetNairobi(this DomainHost host, int day, int hour, int minute, int second = 0) =>
        host.Time.SetUtcNow(Nairobi(day, hour, minute, second).ToUniversalTime());
}
