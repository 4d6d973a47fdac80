using Chesanto.Domain.Common;

namespace Chesanto.Domain.Sales;

/// <summary>A recipient's dispatches or settlement for <paramref name="Day"/> changed (published after commit).</summary>
public sealed record SalesChanged(int RecipientId, DateOnly Day) : IDomainEvent;

/// <summary>A recipient was added or changed.</summary>
public sealed record RecipientsChanged(int RecipientId) : IDomainEvent;
