using Chesanto.Domain.Common;

namespace Chesanto.Domain.Inventory;

/// <summary>An item's stock changed; <see cref="Balance"/> is its new stock in recipe units.</summary>
public sealed record StockChanged(int InventoryItemId, decimal Balance) : IDomainEvent;

/// <summary>Something <see cref="StockLedger.VerifyAsync"/> found wrong with an item's ledger.</summary>
public sealed record StockProblem(int InventoryItemId, string ItemName, decimal Balance, string Problem);

/// <summary>Narrows an item's history: one movement type, and business days from/to (both inclusive); null means any.</summary>
public sealed record StockHistoryFilter(StockMovementType? Type = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One page of an item's history, the number of movements the filter matches, and which on the page are reversed.</summary>
public sealed record StockHistoryPage(IReadOnlyList<StockMovement> Movements, int Total, IReadOnlySet<int> Reversed);
