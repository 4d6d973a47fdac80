using Chesanto.Domain.Common;

namespace Chesanto.Domain.Inventory;

/// <summary>An item's stock changed; <see cref="Balance"/> is its new stock in recipe units.</summary>
public sealed record StockChanged(int InventoryItemId, decimal Balance) : IDomainEvent;

/// <summary>Something <see cref="StockLedger.VerifyAsync"/> found wrong with an item's ledger.</summary>
public sealed record StockProblem(int InventoryItemId, string ItemName, decimal Balance, string Problem);
