using Microsoft.AspNetCore.Components;

namespace Chesanto.Web.Features.Account;

/// <summary>Redirects from the static account pages, refusing open redirects to other sites.</summary>
public sealed class AccountRedirects(NavigationManager navigation)
{
    public void To(string? uri)
    {
        uri = string.IsNullOrEmpty(uri) ? "/" : uri;
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal) || uri.StartsWith("/\\", StringComparison.Ordinal))
            uri = "/" + navigation.ToBaseRelativePath(navigation.ToAbsoluteUri(uri).ToString());
        navigation.NavigateTo(uri);
    }

    /// <summary>Where a freshly signed-in user goes: the forced password change first, then what they asked for.</summary>
    public void AfterSignIn(Chesanto.Domain.Accounts.ApplicationUser user, string? returnUrl)
    {
        if (user.MustChangePassword) To("/Account/ChangePassword");
        else if (user.Role == Chesanto.Domain.Accounts.Role.BasicUser) To("/profile");
        else if (user.Role == Chesanto.Domain.Accounts.Role.Kiosk) To("/attendance/kiosk");
        else To(returnUrl);
    }
}
