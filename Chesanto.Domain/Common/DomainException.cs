namespace Chesanto.Domain.Common;

/// <summary>A business rule refused the operation. <see cref="Field"/> names the input at fault, if any.</summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>The acting user lacks the permission the operation needs.</summary>
public sealed class PermissionDeniedException(string permission)
    : DomainException($"You do not have permission to do this ({permission}).")
{
    public string Permission { get; } = permission;
}

/// <summary>Someone else saved the same record first.</summary>
public sealed class ConcurrencyConflictException()
    : DomainException("Someone else changed this record while you were editing. Reload it and try again.");
