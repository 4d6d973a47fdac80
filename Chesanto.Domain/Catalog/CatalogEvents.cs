using Chesanto.Domain.Common;

namespace Chesanto.Domain.Catalog;

public sealed record ProductChanged(int ProductId) : IDomainEvent;
public sealed record InventoryItemChanged(int InventoryItemId) : IDomainEvent;
public sealed record MixChanged(int MixId, int ProductId) : IDomainEvent;
public sealed record PricesChanged(int ProductId, PriceChannel Channel, DateOnly EffectiveFrom) : IDomainEvent;
