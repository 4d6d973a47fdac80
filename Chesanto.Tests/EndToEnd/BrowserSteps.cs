using Chesanto.Tests.Support;
using Microsoft.Playwright;

namespace Chesanto.Tests.EndToEnd;

/// <summary>What a person does in the browser, in the app's words.</summary>
internal static class BrowserSteps
{
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Waits until the page's circuit is live, so clicks and typing reach the server.</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.WaitForSelectorAsync("#circuit[data-interactive=yes]", new() { State = WaitForSelectorState.Attached });

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = AppHost.ScreenshotPath(name), FullPage = true });
}
