using System.Net;
using ClosedXML.Excel;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class AttendanceExportDownloadTests(AppHost app)
{
    [Fact]
    public async Task A_department_head_downloads_the_month_of_one_department_with_typed_counts()
    {
        var today = app.Services.GetRequiredService<BusinessClock>().Today;
        var number = $"EXP{Random.Shared.Next(100, 999)}";
        await AddEmployeeAsync(number, Department.Distribution);
        using var client = await AppUsers.SignedInClientAsync(app, Role.DeptHead);
        var month = AttendancePeriod.MonthOf(today);

        var response = await client.GetAsync($"/export/attendance/summary.xlsx?day={today:yyyy-MM-dd}&monthly=true&department=Distribution");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"chesanto-attendance-distribution-{month.From:yyyy-MM-dd}-to-{month.To:yyyy-MM-dd}.xlsx",
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Attendance");
        Assert.Equal("Days absent", sheet.Cell("F1").GetString());
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.All(rows, r => Assert.Equal("Distribution", r.Cell(3).GetString()));
        var row = Assert.Single(rows, r => r.Cell(1).GetString() == number);
        Assert.Equal(XLDataType.Number, row.Cell(4).DataType);
        Assert.Equal(row.Cell(4).GetValue<int>(), row.Cell(5).GetValue<int>() + row.Cell(6).GetValue<int>() + row.Cell(7).GetValue<int>());
    }

    [Fact]
    public async Task A_salesman_is_refused_the_attendance_export()
    {
        using var salesman = await AppUsers.SignedInClientAsync(app, Role.Salesman);

        var refused = await salesman.GetAsync("/export/attendance/summary.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
    }

    private async Task AddEmployeeAsync(string number, Department department)
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();
        db.Actor = Actor.System;
        db.Employees.Add(new Employee
        {
            EmployeeNumber = number, FirstName = "Export", LastName = "Test", PhonePrimary = "+254712000" + number[^3..],
            Position = "Driver", Department = department, HireDate = new DateOnly(2025, 1, 6), CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
