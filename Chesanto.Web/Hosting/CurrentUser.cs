using System.Security.Claims;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Chesanto.Web.Hosting;

/// <summary>The signed-in user of this request or circuit, as the domain sees them.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, IHttpContextAccessor http, ClientAddress address) : ICurrentUser
{
    public async ValueTask<Actor> GetAsync()
    {
        var principal = await PrincipalAsync();
        if (principal.Identity?.IsAuthenticated != true) return Actor.Anonymous with { IpAddress = address.Value };
        return new Actor(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity.Name ?? "",
            RoleNames.FromCode(principal.FindFirstValue(ClaimTypes.Role)), address.Value);
    }

    private async Task<ClaimsPrincipal> PrincipalAsync()
    {
        try
        {
            return (await authentication.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Plain endpoints (not components) have no authentication state: the request's user is the one.
            return http.HttpContext?.User ?? new ClaimsPrincipal();
        }
    }
}

/// <summary>The client's IP address, captured from the HTTP request (interactive handlers have no HttpContext).</summary>
public sealed class ClientAddress(IHttpContextAccessor http)
{
    private string? _value;
    public string? Value
    {
        get => _value ??= http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        set => _value = value;
    }
}

/// <summary>Captures the IP when a circuit connects, while the hub's HTTP request is still at hand.</summary>
public sealed class ClientAddressCircuitHandler(ClientAddress address, IHttpContextAccessor http) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Connection.RemoteIpAddress is { } ip) address.Value = ip.ToString();
        return Task.CompletedTask;
    }
}
