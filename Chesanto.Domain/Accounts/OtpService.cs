using System.Security.Cryptography;
using System.Text;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounts;

public enum OtpCheck { Valid, Wrong, Expired, TooManyAttempts }

/// <summary>Email one-time codes (DOMAIN §1.4): 6 digits, hashed, short-lived, 3 attempts, resend cooldown.</summary>
public sealed class OtpService(IDbContextFactory<ChesantoDbContext> dbs, IEmailSender email, TimeProvider time)
{
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(60);
    public const int MaxSendsPer10Minutes = 3;

    /// <summary>Emails a new code; refuses within the cooldown or past 3 sends in 10 minutes.</summary>
    public async Task IssueAsync(ApplicationUser user, OtpPurpose purpose, string? ip = null)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync();
        var recent = await db.EmailOtps.Where(o => o.UserId == user.Id && o.Purpose == purpose && o.CreatedAt > now.AddMinutes(-10))
            .Select(o => o.CreatedAt).ToListAsync();
        if (recent.Count > 0 && now - recent.Max() < ResendCooldown)
            throw new DomainException($"Please wait {(int)(ResendCooldown - (now - recent.Max())).TotalSeconds + 1} seconds before asking for another code.", "Code");
        if (recent.Count >= MaxSendsPer10Minutes)
            throw new DomainException("Too many codes were sent. Try again in 10 minutes.", "Code");

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var lifetime = EmailOtp.LifetimeOf(purpose);
        db.EmailOtps.Add(new EmailOtp
        {
            UserId = user.Id, Purpose = purpose, CodeHash = Hash(user.Id, code),
            CreatedAt = now, ExpiresAt = now + lifetime, IpAddress = ip,
        });
        await db.SaveChangesAsync();
        await email.SendAsync(AccountEmails.Code(user.Email!, code, purpose, lifetime));
    }

    /// <summary>Checks a code against the newest one only; a wrong try counts once, a right one is spent.</summary>
    public async Task<OtpCheck> VerifyAsync(string userId, OtpPurpose purpose, string code)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync();
        var newest = await db.EmailOtps.Where(o => o.UserId == userId && o.Purpose == purpose)
            .OrderByDescending(o => o.Id).FirstOrDefaultAsync();
        if (newest is null || newest.UsedAt is not null || now >= newest.ExpiresAt) return OtpCheck.Expired;
        if (newest.Attempts >= EmailOtp.MaxAttempts) return OtpCheck.TooManyAttempts;
        newest.Attempts++;
        var valid = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(newest.CodeHash), Encoding.ASCII.GetBytes(Hash(userId, code.Trim())));
        if (valid) newest.UsedAt = now;
        await db.SaveChangesAsync();
        if (valid) return OtpCheck.Valid;
        return newest.Attempts >= EmailOtp.MaxAttempts ? OtpCheck.TooManyAttempts : OtpCheck.Wrong;
    }

    public static string Message(OtpCheck check) => check switch
    {
        OtpCheck.Wrong => "That code is not right. Check the latest email and try again.",
        OtpCheck.Expired => "That code has expired or was already used. Ask for a new one.",
        OtpCheck.TooManyAttempts => "Too many wrong tries. Ask for a new code.",
        _ => "",
    };

    private static string Hash(string userId, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"chesanto-otp:{userId}:{code}")));
}
