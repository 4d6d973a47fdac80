namespace Chesanto.Domain.Common;

/// <summary>A record two clerks may edit at once: every save stamps a new version, and a stale save is refused.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
