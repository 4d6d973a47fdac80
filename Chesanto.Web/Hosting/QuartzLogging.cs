using Microsoft.Extensions.Logging.Abstractions;
using Quartz.Logging;

namespace Chesanto.Web.Hosting;

public static class QuartzLogging
{
    /// <summary>
    /// Quartz 3 logs through a process-wide static that keeps the logger factory of the host that last set it. Once
    /// that host is disposed, the next host in the same process (tests) fails to start on the disposed factory, so
    /// each host points the static at its own factory before starting and clears it when it stops.
    /// </summary>
    public static void ScopeQuartzLoggingToThisHost(this WebApplication app)
    {
        LogContext.SetCurrentLogProvider(app.Services.GetRequiredService<ILoggerFactory>());
        app.Lifetime.ApplicationStopped.Register(() => LogContext.SetCurrentLogProvider(NullLoggerFactory.Instance));
    }
}
