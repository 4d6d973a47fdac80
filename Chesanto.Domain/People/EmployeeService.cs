using System.Text.RegularExpressions;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.People;

public sealed record EmployeeChanged(int EmployeeId) : IDomainEvent;

/// <summary>A sign-in account that can be linked to an employee record.</summary>
public sealed record LoginChoice(string UserId, string Label);

/// <summary>The staff register: one record per person, validated at the boundary (issue: Staff register).</summary>
public sealed partial class EmployeeService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser,
    BusinessClock clock, IEventHub events)
{
    public async Task<IReadOnlyList<Employee>> ListAsync(string? search = null, bool includeTerminated = false)
    {
        await currentUser.RequireAsync(Permissions.ViewStaff);
        await using var db = await dbs.CreateDbContextAsync();
        var query = db.Employees.AsNoTracking();
        if (!includeTerminated) query = query.Where(e => e.Status != EmploymentStatus.Terminated);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(e => e.EmployeeNumber.Contains(s) || e.FirstName.Contains(s) || e.LastName.Contains(s) || e.Position.Contains(s));
        }
        return await query.OrderBy(e => e.EmployeeNumber).ToListAsync();
    }

    public async Task<Employee?> GetAsync(int id)
    {
        var actor = await currentUser.GetAsync();
        await using var db = await dbs.CreateDbContextAsync();
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (employee is null) return null;
        if (employee.UserId != actor.UserId && !actor.Can(Permissions.ViewStaff)) throw new PermissionDeniedException(Permissions.ViewStaff);
        return employee;
    }

    /// <summary>The signed-in person's own record, if they are on the register.</summary>
    public async Task<Employee?> MineAsync()
    {
        var actor = await currentUser.GetAsync();
        if (actor.UserId is null) return null;
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.UserId == actor.UserId);
    }

    /// <summary>Accounts not yet linked to anyone else, for linking a login to this record (so the person sees their own).</summary>
    public async Task<IReadOnlyList<LoginChoice>> LoginChoicesAsync(int employeeId)
    {
        await currentUser.RequireAsync(Permissions.ManageStaff);
        await using var db = await dbs.CreateDbContextAsync();
        var taken = db.Employees.Where(e => e.Id != employeeId && e.UserId != null).Select(e => e.UserId);
        return await db.Users.Where(u => u.DeletedAt == null && !taken.Contains(u.Id))
            .OrderBy(u => u.Email).Select(u => new LoginChoice(u.Id, u.FirstName + " " + u.LastName + " (" + u.Email + ")")).ToListAsync();
    }

    public async Task<string> NextEmployeeNumberAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        var numbers = await db.Employees.Select(e => e.EmployeeNumber).ToListAsync();
        var highest = numbers.Select(n => NumberPattern().Match(n)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(0).Max();
        return $"CHE{highest + 1:D3}";
    }

    /// <summary>Adds a new record (Id 0) or saves changes to one; a stale <see cref="Employee.Version"/> is refused.</summary>
    public async Task<Employee> SaveAsync(Employee input)
    {
        await currentUser.RequireAsync(Permissions.ManageStaff);
        Validate(input);
        await using var db = await dbs.CreateDbContextAsync();
        await EnsureUniqueAsync(db, input);
        Employee employee;
        if (input.Id == 0)
        {
            employee = new Employee { CreatedAt = clock.UtcNow };
            db.Employees.Add(employee);
        }
        else
        {
            employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == input.Id)
                ?? throw new DomainException("This employee no longer exists.");
            db.Entry(employee).Property(e => e.Version).OriginalValue = input.Version;
        }
        CopyEditable(input, employee);
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(); }
        await events.PublishAsync(new EmployeeChanged(employee.Id));
        return employee;
    }

    private void Validate(Employee e)
    {
        e.EmployeeNumber = e.EmployeeNumber.Trim().ToUpperInvariant();
        if (!NumberPattern().IsMatch(e.EmployeeNumber)) throw new DomainException("Use the bakery's staff number, e.g. CHE028.", nameof(e.EmployeeNumber));
        if (string.IsNullOrWhiteSpace(e.FirstName)) throw new DomainException("Enter the first name.", nameof(e.FirstName));
        if (string.IsNullOrWhiteSpace(e.LastName)) throw new DomainException("Enter the last name.", nameof(e.LastName));
        if (string.IsNullOrWhiteSpace(e.Position)) throw new DomainException("Enter the position, e.g. Baker.", nameof(e.Position));
        e.PhonePrimary = KenyanPhone.Normalize(e.PhonePrimary) ?? throw new DomainException(KenyanPhone.Hint, nameof(e.PhonePrimary));
        if (!string.IsNullOrWhiteSpace(e.PhoneSecondary))
            e.PhoneSecondary = KenyanPhone.Normalize(e.PhoneSecondary) ?? throw new DomainException(KenyanPhone.Hint, nameof(e.PhoneSecondary));
        if (!string.IsNullOrWhiteSpace(e.MpesaNumber))
            e.MpesaNumber = KenyanPhone.Normalize(e.MpesaNumber) ?? throw new DomainException(KenyanPhone.Hint, nameof(e.MpesaNumber));
        e.NationalId = string.IsNullOrWhiteSpace(e.NationalId) ? null : e.NationalId.Trim();
        if (e.NationalId is not null && !NationalIdPattern().IsMatch(e.NationalId))
            throw new DomainException("A national ID has 7 or 8 digits.", nameof(e.NationalId));
        if (e.HireDate == default) throw new DomainException("Enter the hire date.", nameof(e.HireDate));
        if (e.HireDate > clock.Today.AddDays(31)) throw new DomainException("The hire date is too far in the future.", nameof(e.HireDate));
        if (e.TerminationDate is { } end && end < e.HireDate) throw new DomainException("The termination date is before the hire date.", nameof(e.TerminationDate));
        if (e.Status == EmploymentStatus.Terminated && e.TerminationDate is null) throw new DomainException("Enter the termination date.", nameof(e.TerminationDate));
        foreach (var (value, field) in new[] { (e.BasicSalary, nameof(e.BasicSalary)), (e.HousingAllowance, nameof(e.HousingAllowance)),
                     (e.TransportAllowance, nameof(e.TransportAllowance)), (e.OtherAllowance, nameof(e.OtherAllowance)),
                     (e.OvertimeRatePerMix, nameof(e.OvertimeRatePerMix)), (e.DailySalesTarget, nameof(e.DailySalesTarget)) })
            if (value < 0) throw new DomainException("Amounts cannot be negative.", field);
        if (e.CommissionRatePercent is < 0 or > 100) throw new DomainException("A rate is between 0 and 100 %.", nameof(e.CommissionRatePercent));
    }

    private static async Task EnsureUniqueAsync(ChesantoDbContext db, Employee e)
    {
        if (await db.Employees.AnyAsync(x => x.Id != e.Id && x.EmployeeNumber == e.EmployeeNumber))
            throw new DomainException($"{e.EmployeeNumber} is already someone else's number.", nameof(e.EmployeeNumber));
        if (e.NationalId is not null && await db.Employees.AnyAsync(x => x.Id != e.Id && x.NationalId == e.NationalId))
            throw new DomainException("Another employee has this national ID.", nameof(e.NationalId));
        if (e.UserId is not null && await db.Employees.AnyAsync(x => x.Id != e.Id && x.UserId == e.UserId))
            throw new DomainException("This login already belongs to another employee.", nameof(e.UserId));
    }

    private static void CopyEditable(Employee from, Employee to)
    {
        foreach (var property in typeof(Employee).GetProperties().Where(p => p.CanWrite && p.Name is not (nameof(Employee.Id) or nameof(Employee.CreatedAt) or nameof(Employee.Version))))
            property.SetValue(to, property.GetValue(from));
    }

    [GeneratedRegex(@"^[A-Z]{3}(\d{3,5})$")] private static partial Regex NumberPattern();
    [GeneratedRegex(@"^\d{7,8}$")] private static partial Regex NationalIdPattern();
}
