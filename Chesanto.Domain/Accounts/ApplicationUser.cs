using Chesanto.Domain.Audit;
using Microsoft.AspNetCore.Identity;

namespace Chesanto.Domain.Accounts;

/// <summary>A login. Pay and employment live on the linked <c>Employee</c>, never here.</summary>
public class ApplicationUser : IdentityUser, IAudited
{
    public string FirstName { get; set; } = "";
    public string? MiddleNames { get; set; }
    public string LastName { get; set; } = "";
    public Role Role { get; set; } = Role.BasicUser;
    public bool IsActive { get; set; }
    public bool IsApproved { get; set; }
    public bool IsPrimarySuperadmin { get; set; }
    public bool MustChangePassword { get; set; }
    /// <summary>Last sign-in completed with a password; older than 24 h means an email code is asked.</summary>
    public DateTimeOffset? LastPasswordLogin { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Deleted users are kept (history is never destroyed) but can no longer sign in or be listed.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public string FullName => string.Join(' ', new[] { FirstName, MiddleNames, LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>Splits "Jane Wanjiru Doe" at the first space: first name, then the rest (DOMAIN §1.3).</summary>
    public void SetNameFrom(string fullName)
    {
        var parts = fullName.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        FirstName = parts.ElementAtOrDefault(0) ?? "";
        LastName = parts.ElementAtOrDefault(1) ?? "";
    }
}
