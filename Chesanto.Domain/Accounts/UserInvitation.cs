namespace Chesanto.Domain.Accounts;

/// <summary>An invitation sent by email. The temporary password is never stored here (only as the user's hash).</summary>
public class UserInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public int Id { get; set; }
    public string Email { get; set; } = "";
    public string FullName { get; set; } = "";
    public Role Role { get; set; }
    public string UserId { get; set; } = "";
    public string? InvitedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>Set at the invitee's first password change.</summary>
    public DateTimeOffset? UsedAt { get; set; }

    public bool IsExpired(DateTimeOffset now) => UsedAt is null && now >= ExpiresAt;
}
