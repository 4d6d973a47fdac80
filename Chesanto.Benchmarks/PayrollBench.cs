using System.Diagnostics;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Data;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Benchmarks;

/// <summary>
/// A year of payroll for the bakery's 21 staff: a year of attendance rows (present on working days, some absences),
/// then each month's run created (attendance, sales bonus and balances read to pre-fill it), approved and paid.
/// </summary>
public static class PayrollBench
{
    public const int Staff = 21;

    public static async Task RunAsync()
    {
        await using var host = await BenchHost.StartAsync();
        await SeedYearAsync(host, 2025);
        var payroll = host.Get<PayrollService>();
        var create = new List<double>();
        var cycle = new List<double>();
        for (var month = 1; month <= 12; month++)
        {
            var watch = Stopwatch.StartNew();
            var run = await payroll.CreateRunAsync(2025, month);
            create.Add(watch.Elapsed.TotalMilliseconds);
            await payroll.ApproveAsync(run.Id);
            await payroll.MarkPaidAsync(run.Id);
            cycle.Add(watch.Elapsed.TotalMilliseconds);
        }
        Measurement.Print($"create a month's run ({Staff} staff, a year of attendance)", create);
        Measurement.Print("create, approve and pay a month", cycle);
        Measurement.Print("the whole year (12 runs)", [cycle.Sum()]);
    }

    private static async Task SeedYearAsync(BenchHost host, int year)
    {
        await using var db = await host.Get<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        db.Actor = Chesanto.Domain.Common.Actor.System;
        var staff = Enumerable.Range(1, Staff).Select(i => new Employee
        {
            EmployeeNumber = $"BEN{i:D3}", FirstName = "Bench", LastName = $"Worker {i}", PhonePrimary = $"+2547110{i:D5}", Position = "Baker",
            Department = Department.Production, HireDate = new DateOnly(2024, 1, 1), BasicSalary = 8_000m + 1_500m * i, OvertimeRatePerMix = 31m,
            CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();
        db.Employees.AddRange(staff);
        await db.SaveChangesAsync();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Sunday) continue;
            foreach (var e in staff)
                db.Set<AttendanceRecord>().Add(new AttendanceRecord
                {
                    EmployeeId = e.Id, WorkDate = day, Version = Guid.NewGuid(),
                    Status = (e.Id + day.DayNumber) % 23 == 0 ? AttendanceStatus.Absent : AttendanceStatus.Present,
                });
        }
        await db.SaveChangesAsync();
    }
}
