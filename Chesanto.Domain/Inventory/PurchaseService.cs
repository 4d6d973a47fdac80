using System.Globalization;
using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Inventory;

/// <summary>A purchase as a clerk enters it.</summary>
public sealed record PurchaseInput(int SupplierId, DateOnly PurchaseDate, DateOnly? ExpectedDelivery, string? Notes,
    IReadOnlyList<PurchaseLineInput> Lines);

/// <summary>One line as entered: quantity in purchase units (bags), cost per purchase unit.</summary>
public sealed record PurchaseLineInput(int InventoryItemId, decimal Quantity, decimal UnitCost);

/// <summary>Suppliers and purchases: drafting, ordering, cancelling and receiving into stock (DOMAIN §3.2).</summary>
public sealed class PurchaseService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events, StockLedger ledger)
{
    public async Task<IReadOnlyList<Supplier>> ListSuppliersAsync(bool includeInactive = false)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Suppliers.AsNoTracking().Where(s => includeInactive || s.IsActive).OrderBy(s => s.Name).ToListAsync();
    }

    /// <summary>Adds a supplier (Id 0) or saves changes to one; the name is unique and a phone is stored as +254...</summary>
    public async Task<Supplier> SaveSupplierAsync(Supplier input)
    {
        await currentUser.RequireAsync(Permissions.ManagePurchases);
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) throw new DomainException("Enter the supplier's name.", nameof(Supplier.Name));
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.Phone))
            phone = KenyanPhone.Normalize(input.Phone) ?? throw new DomainException(KenyanPhone.Hint, nameof(Supplier.Phone));
        await using var db = await dbs.CreateDbContextAsync();
        if (await db.Suppliers.AnyAsync(s => s.Id != input.Id && s.Name == name))
            throw new DomainException($"There is already a supplier called {name}.", nameof(Supplier.Name));
        Supplier supplier;
        if (input.Id == 0) db.Suppliers.Add(supplier = new Supplier { CreatedAt = clock.UtcNow });
        else
        {
            supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Id == input.Id) ?? throw new DomainException("This supplier no longer exists.");
            db.Entry(supplier).Property(s => s.Version).OriginalValue = input.Version;
        }
        (supplier.Name, supplier.ContactPerson, supplier.Phone, supplier.Email) = (name, Blank(input.ContactPerson), phone, Blank(input.Email));
        (supplier.Address, supplier.PaymentTerms, supplier.IsActive) = (Blank(input.Address), Blank(input.PaymentTerms), input.IsActive);
        await SaveAsync(db);
        return supplier;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Purchases, newest first, with their supplier and lines.</summary>
    public async Task<IReadOnlyList<Purchase>> ListAsync(int take = 200)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await WithDetails(db.Purchases.AsNoTracking()).OrderByDescending(p => p.Id).Take(take).ToListAsync();
    }

    public async Task<Purchase> GetAsync(int purchaseId)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await WithDetails(db.Purchases.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == purchaseId)
            ?? throw new DomainException("This purchase does not exist.");
    }

    /// <summary>
    /// Creates a draft numbered PUR-YYYYMMDD-NNN for today (Nairobi). The day's <see cref="PurchaseSequence"/> row is
    /// bumped in the same transaction as the insert; of two clerks saving at once, one conflicts and tries again.
    /// </summary>
    public async Task<Purchase> CreateDraftAsync(PurchaseInput input)
    {
        await currentUser.RequireAsync(Permissions.DraftPurchases);
        var today = clock.Today;
        await using (var check = await dbs.CreateDbContextAsync()) await ValidateAsync(check, input, today);
        var purchase = await dbs.InTransactionAsync(async db =>
        {
            var sequence = await db.PurchaseSequences.SingleOrDefaultAsync(s => s.Day == today);
            if (sequence is null) db.PurchaseSequences.Add(sequence = new PurchaseSequence { Day = today });
            sequence.Last++;
            sequence.Version = Guid.NewGuid();
            var purchase = new Purchase
            {
                Number = $"PUR-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{sequence.Last:000}",
                CreatedAt = clock.UtcNow,
            };
            Apply(purchase, input);
            purchase.Lines = input.Lines.Select(l => new PurchaseLine
                { InventoryItemId = l.InventoryItemId, Quantity = l.Quantity, UnitCost = l.UnitCost }).ToList();
            db.Purchases.Add(purchase);
            return purchase;
        });
        await events.PublishAsync(new PurchaseChanged(purchase.Id));
        return purchase;
    }

    /// <summary>Replaces a draft's header and lines; anything but a draft, or a stale version, is refused.</summary>
    public async Task<Purchase> UpdateDraftAsync(int purchaseId, Guid version, PurchaseInput input)
    {
        await currentUser.RequireAsync(Permissions.DraftPurchases);
        await using var db = await dbs.CreateDbContextAsync();
        var purchase = await LoadAsync(db, purchaseId, version);
        purchase.RequireEditable();
        await ValidateAsync(db, input, clock.Today);
        Apply(purchase, input);
        db.PurchaseLines.RemoveRange(purchase.Lines.Where(old => input.Lines.All(l => l.InventoryItemId != old.InventoryItemId)));
        foreach (var line in input.Lines)
        {
            var existing = purchase.Lines.FirstOrDefault(l => l.InventoryItemId == line.InventoryItemId);
            if (existing is null) purchase.Lines.Add(new PurchaseLine { InventoryItemId = line.InventoryItemId, Quantity = line.Quantity, UnitCost = line.UnitCost });
            else (existing.Quantity, existing.UnitCost) = (line.Quantity, line.UnitCost);
        }
        db.Entry(purchase).Property(p => p.Version).IsModified = true;
        await SaveAsync(db);
        await events.PublishAsync(new PurchaseChanged(purchase.Id));
        return purchase;
    }

    /// <summary>Ordering is the purchase's approval, so only the Accountant orders (Q27); a storekeeper only drafts.</summary>
    public Task<Purchase> OrderAsync(int purchaseId, Guid version) => TransitionAsync(purchaseId, version, (p, actor) => p.MarkOrdered(actor, clock.UtcNow));

    public Task<Purchase> CancelAsync(int purchaseId, Guid version) => TransitionAsync(purchaseId, version, (p, _) => p.Cancel());

    /// <summary>
    /// One transaction: the purchase becomes Received, each item's price becomes the line's unit cost (the last price
    /// wins; no moving average is kept), and one Purchase movement per line of quantity x conversion factor is posted
    /// through the ledger, and the purchase's one expense is posted (Q27). Receiving is refused unless the purchase is Ordered, so it happens at most once.
    /// </summary>
    public async Task<Purchase> ReceiveAsync(int purchaseId, Guid version)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManagePurchases);
        var changes = new List<StockChanged>();
        var purchase = await dbs.InTransactionAsync(async db =>
        {
            changes.Clear(); // a conflict starts over: only the committed attempt's changes are published
            var purchase = await db.Purchases.Include(p => p.Lines).SingleOrDefaultAsync(p => p.Id == purchaseId)
                ?? throw new DomainException("This purchase does not exist.");
            if (purchase.Status == PurchaseStatus.Received)
                throw new DomainException($"Purchase {purchase.Number} has already been received.", nameof(Purchase.Status));
            if (purchase.Version != version) throw new ConcurrencyConflictException();
            purchase.MarkReceived(clock.Today);
            var ids = purchase.Lines.Select(l => l.InventoryItemId).ToList();
            var items = await db.InventoryItems.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
            foreach (var line in purchase.Lines)
            {
                var item = items[line.InventoryItemId];
                item.CostPerPurchaseUnit = line.UnitCost;
                var quantity = decimal.Round(line.Quantity * item.ConversionFactor, 3);
                changes.Add(await ledger.StageAsync(db, actor, item.Id, StockMovementType.Purchase, quantity,
                    $"Received {line.Quantity:0.###} {item.PurchaseUnit} on {purchase.Number}", "Purchase", purchase.Number));
            }
            await PurchaseExpenses.StageAsync(db, purchase, items, actor, clock.Today, clock.UtcNow);
            return purchase;
        });
        foreach (var change in changes)
        {
            await events.PublishAsync(change);
            await events.PublishAsync(new InventoryItemChanged(change.InventoryItemId));
        }
        await events.PublishAsync(new PurchaseChanged(purchase.Id));
        return purchase;
    }

    private async Task<Purchase> TransitionAsync(int purchaseId, Guid version, Action<Purchase, Actor> transition)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManagePurchases);
        await using var db = await dbs.CreateDbContextAsync();
        var purchase = await LoadAsync(db, purchaseId, version);
        transition(purchase, actor);
        await SaveAsync(db);
        await events.PublishAsync(new PurchaseChanged(purchase.Id));
        return purchase;
    }

    private static async Task<Purchase> LoadAsync(ChesantoDbContext db, int purchaseId, Guid version)
    {
        var purchase = await db.Purchases.Include(p => p.Lines).SingleOrDefaultAsync(p => p.Id == purchaseId)
            ?? throw new DomainException("This purchase does not exist.");
        db.Entry(purchase).Property(p => p.Version).OriginalValue = version;
        return purchase;
    }

    private static void Apply(Purchase purchase, PurchaseInput input)
    {
        (purchase.SupplierId, purchase.PurchaseDate, purchase.ExpectedDelivery) = (input.SupplierId, input.PurchaseDate, input.ExpectedDelivery);
        purchase.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
    }

    /// <summary>DOMAIN §3.2: dates within the fraud guards, at least one line, one line per item, sensible numbers.</summary>
    private static async Task ValidateAsync(ChesantoDbContext db, PurchaseInput input, DateOnly today)
    {
        if (input.PurchaseDate > today)
            throw new DomainException("The purchase date cannot be in the future.", nameof(Purchase.PurchaseDate));
        if (input.PurchaseDate < today.AddDays(-90))
            throw new DomainException("The purchase date cannot be more than 90 days ago.", nameof(Purchase.PurchaseDate));
        if (input.ExpectedDelivery is { } expected)
        {
            if (expected < input.PurchaseDate)
                throw new DomainException("Delivery cannot be expected before the purchase date.", nameof(Purchase.ExpectedDelivery));
            if (expected > today.AddDays(180))
                throw new DomainException("Delivery cannot be expected more than 180 days ahead.", nameof(Purchase.ExpectedDelivery));
        }
        if (input.Lines.Count == 0) throw new DomainException("Add at least one line.", nameof(Purchase.Lines));
        if (input.Lines.GroupBy(l => l.InventoryItemId).Any(g => g.Count() > 1))
            throw new DomainException("Each item can appear only once on a purchase.", nameof(Purchase.Lines));
        foreach (var line in input.Lines)
        {
            if (line.Quantity <= 0) throw new DomainException("Quantities must be more than zero.", nameof(PurchaseLine.Quantity));
            if (decimal.Round(line.Quantity, 3) != line.Quantity)
                throw new DomainException("Quantities are kept to three decimal places.", nameof(PurchaseLine.Quantity));
            if (line.UnitCost < 0) throw new DomainException("A unit cost cannot be negative.", nameof(PurchaseLine.UnitCost));
            if (decimal.Round(line.UnitCost, 4) != line.UnitCost)
                throw new DomainException("Unit costs are kept to four decimal places.", nameof(PurchaseLine.UnitCost));
        }
        if (!await db.Suppliers.AnyAsync(s => s.Id == input.SupplierId))
            throw new DomainException("Choose a supplier.", nameof(Purchase.SupplierId));
        var ids = input.Lines.Select(l => l.InventoryItemId).Distinct().ToList();
        if (await db.InventoryItems.CountAsync(i => ids.Contains(i.Id)) != ids.Count)
            throw new DomainException("One of the items no longer exists.", nameof(Purchase.Lines));
    }

    private static IQueryable<Purchase> WithDetails(IQueryable<Purchase> purchases) =>
        purchases.Include(p => p.Supplier).Include(p => p.Lines).ThenInclude(l => l.InventoryItem);

    private static async Task SaveAsync(ChesantoDbContext db)
    {
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(); }
    }
}
