using AngleSharp.Dom;
using Bunit;
using Chesanto.Tests.Support;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Chesanto.Tests.Features.Accounts;

/// <summary>
/// A page with MudBlazor's providers kept at hand: dialogs, select lists and snackbars render in the
/// providers, not in the page, so the tests look for them there.
/// </summary>
internal sealed record AdminScreen<T>(IRenderedComponent<T> Page, IRenderedComponent<MudPopoverProvider> Popovers,
    IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudSnackbarProvider> Snackbars) where T : IComponent
{
    /// <summary>Opens the select found by <paramref name="selector"/> (in the page or a dialog) and picks the option.</summary>
    public void Choose<TWhere>(IRenderedComponent<TWhere> where, string selector, string option) where TWhere : IComponent
    {
        where.Find($"{selector}.mud-input-control").MouseDown(); // MudSelect puts its Class on the input control
        Popovers.WaitForAssertion(() => Assert.Contains(OpenOptions(), o => o.TextContent.Trim() == option));
        OpenOptions().First(o => o.TextContent.Trim() == option).Click();
    }

    public IElement RowOf(string text) =>
        Page.FindAll("tbody tr").Single(r => r.TextContent.Contains(text, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<IElement> OpenOptions() => Popovers.FindAll(".mud-popover-open .mud-list-item");
}

internal static class AdminScreens
{
    public static AdminScreen<T> Open<T>(this PageHost host) where T : IComponent
    {
        var popovers = host.Context.Render<MudPopoverProvider>();
        var dialogs = host.Context.Render<MudDialogProvider>();
        var snackbars = host.Context.Render<MudSnackbarProvider>();
        return new AdminScreen<T>(host.Context.Render<T>(), popovers, dialogs, snackbars);
    }
}
