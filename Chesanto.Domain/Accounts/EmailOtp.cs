namespace Chesanto.Domain.Accounts;

public enum OtpPurpose { Login, PasswordReset }

/// <summary>A one-time email code, stored only as a hash (DOMAIN §1.4).</summary>
public class EmailOtp
{
    public const int MaxAttempts = 3;

    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public OtpPurpose Purpose { get; set; }
    public string CodeHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public int Attempts { get; set; }
    public string? IpAddress { get; set; }

    public static TimeSpan LifetimeOf(OtpPurpose purpose) =>
        purpose == OtpPurpose.Login ? TimeSpan.FromMinutes(10) : TimeSpan.FromMinutes(15);

    public bool IsLive(DateTimeOffset now) => UsedAt is null && now < ExpiresAt && Attempts < MaxAttempts;
}
