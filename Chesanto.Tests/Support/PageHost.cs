using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using System.Security.Claims;

namespace Chesanto.Tests.Support;

/// <summary>
/// Renders pages with bunit on top of a real <see cref="DomainHost"/> (real SQLite, real services),
/// signed in as a chosen user. Own one per test class and DisposeAsync it (MudBlazor services are async-only).
/// </summary>
public sealed class PageHost : IAsyncLifetime
{
    public DomainHost Domain { get; } = new();
    public BunitContext Context { get; } = new();
    private BunitAuthorizationContext _auth = default!;
    private AsyncServiceScope _circuit;

    public async Task InitializeAsync()
    {
        await Domain.InitializeAsync();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
        Context.Services.AddSingleton(Domain.CurrentUser);
        Context.Services.AddSingleton<ICurrentUser>(Domain.CurrentUser);
        // Every domain service the pages inject comes from the domain host's container, in one scope
        // standing for the circuit (the domain's services are scoped, as in the app).
        _circuit = Domain.Services.CreateAsyncScope();
        Context.Services.AddFallbackServiceProvider(_circuit.ServiceProvider);
        _auth = Context.AddAuthorization();
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        await _circuit.DisposeAsync();
        await Domain.DisposeAsync();
    }

    /// <summary>Signs in as this user: the domain acts as them, and AuthorizeView sees their role and policies.</summary>
    public void SignInAs(ApplicationUser user)
    {
        Domain.ActAs(user);
        var auth = _auth;
        auth.SetAuthorized(user.Email!);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Role, user.Role.Code()),
            new Claim(ChesantoClaims.FullName, user.FullName));
        auth.SetPolicies(Permissions.MinimumRole.Keys.Where(p => Permissions.Allows(user.Role, p)).ToArray());
    }

    /// <summary>Renders the component inside MudBlazor's popover provider, so dialogs and menus appear.</summary>
    public IRenderedComponent<T> Render<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null) where T : IComponent
    {
        Context.Render<MudPopoverProvider>();
        Context.Render<MudDialogProvider>();
        return parameters is null ? Context.Render<T>() : Context.Render<T>(parameters);
    }
}
