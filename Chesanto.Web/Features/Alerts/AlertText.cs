using Chesanto.Domain.Alerts;
using MudBlazor;

namespace Chesanto.Web.Features.Alerts;

/// <summary>How alerts look: Critical red, Warning orange (DOMAIN §5.3), Info blue.</summary>
public static class AlertText
{
    public static Color ColorOf(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => Color.Error,
        AlertSeverity.Warning => Color.Warning,
        _ => Color.Info,
    };

    public static Severity MudSeverityOf(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => Severity.Error,
        AlertSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
