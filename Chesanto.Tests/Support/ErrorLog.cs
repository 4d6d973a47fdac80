using Microsoft.Extensions.Logging;

namespace Chesanto.Tests.Support;

/// <summary>A logger that keeps the exceptions of every error logged, for jobs that must log a failure and not throw.</summary>
public sealed class ErrorLog<T> : ILogger<T>
{
    public List<Exception?> Errors { get; } = [];
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Error) lock (Errors) Errors.Add(exception);
    }
}
