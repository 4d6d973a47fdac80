using Chesanto.Domain;
using Chesanto.Domain.Common;
using Chesanto.Domain.Notifications;
using Chesanto.Web.Components;
using Chesanto.Web.Features.Account;
using Chesanto.Web.Features.Exports;
using Chesanto.Web.Integrations.Email;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

namespace Chesanto.Web.Hosting;

public static class ChesantoHost
{
    public static void AddChesanto(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddChesantoDomain(builder.Configuration, builder.Environment.ContentRootPath);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<ClientAddress>();
        services.AddScoped<CircuitHandler, ClientAddressCircuitHandler>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<AccountRedirects>();
        services.AddExports();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.ExpireTimeSpan = TimeSpan.FromHours(1); // 1 h idle timeout (DOMAIN §1.4), sliding
                o.SlidingExpiration = true;
            }));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddIdentityCore<Domain.Accounts.ApplicationUser>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ChesantoClaimsFactory>();
        services.AddChesantoAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, PasswordChangeRedirect>();

        services.AddEmail(builder.Configuration);
        services.AddReorderAlerts();
        services.AddScheduledJobs();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    public static void UseChesanto(this WebApplication app)
    {
        app.ScopeQuartzLoggingToThisHost();
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapExportEndpoints();
    }

    private static void AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Email:Smtp").Get<SmtpSettings>();
        if (smtp is { Host.Length: > 0 })
        {
            services.AddSingleton(smtp);
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton(new PickupFolderSettings(configuration["Email:PickupFolder"] ?? "App_Data/mail"));
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        }
    }
}
