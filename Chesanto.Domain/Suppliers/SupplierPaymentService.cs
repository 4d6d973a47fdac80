using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Suppliers;

/// <summary>A payment as the accountant enters it; <see cref="PurchaseId"/> null pays on account.</summary>
public sealed record SupplierPaymentInput(DateOnly Date, int SupplierId, int? PurchaseId, decimal Amount,
    SupplierPaymentMethod Method, string? Reference);

/// <summary>Paying suppliers for received purchases and what is still owed to each (Q27).</summary>
public sealed class SupplierPaymentService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock,
    IEventHub events)
{
    /// <summary>Every received purchase with what was paid and is owed; the purchases list shows these.</summary>
    public async Task<IReadOnlyDictionary<int, PurchaseBalance>> PurchaseBalancesAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return (await ComputeAsync(db, null)).ToDictionary(b => b.PurchaseId);
    }

    /// <summary>Per supplier: received, paid, owed and the oldest unpaid purchase, most owed first.</summary>
    public async Task<IReadOnlyList<SupplierBalance>> BalancesAsync()
    {
        await currentUser.RequireAsync(Permissions.PaySuppliers);
        await using var db = await dbs.CreateDbContextAsync();
        var purchases = await ComputeAsync(db, null);
        var payments = await db.SupplierPayments.AsNoTracking().ToListAsync();
        var suppliers = await db.Suppliers.AsNoTracking().ToListAsync();
        return PaymentStatuses.Balances(suppliers, purchases, payments);
    }

    /// <summary>Received purchases with money still owed, oldest first.</summary>
    public async Task<IReadOnlyList<PurchaseBalance>> UnpaidAsync(int? supplierId = null)
    {
        await currentUser.RequireAsync(Permissions.PaySuppliers);
        await using var db = await dbs.CreateDbContextAsync();
        return (await ComputeAsync(db, supplierId)).Where(p => p.Owed > 0m).OrderBy(p => p.PurchaseDate).ThenBy(p => p.PurchaseId).ToList();
    }

    /// <summary>Payments, newest first, reversed ones included.</summary>
    public async Task<IReadOnlyList<SupplierPayment>> PaymentsAsync(int take = 100)
    {
        await currentUser.RequireAsync(Permissions.PaySuppliers);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.SupplierPayments.AsNoTracking().Include(p => p.Supplier).Include(p => p.Purchase)
            .OrderByDescending(p => p.Id).Take(take).ToListAsync();
    }

    /// <summary>
    /// One transaction: checks the payment against what is owed now and bumps the supplier's version, so of two
    /// clerks paying the last shilling at once one conflicts, starts over, and is refused.
    /// </summary>
    public async Task<SupplierPayment> RecordAsync(SupplierPaymentInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.PaySuppliers);
        if (input.Amount <= 0m) throw new DomainException("The amount must be more than zero.", nameof(SupplierPayment.Amount));
        if (decimal.Round(input.Amount, 2) != input.Amount)
            throw new DomainException("Amounts are kept to the cent.", nameof(SupplierPayment.Amount));
        if (input.Date > clock.Today) throw new DomainException("A payment cannot be dated in the future.", nameof(SupplierPayment.Date));
        var reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim();
        if (input.Method != SupplierPaymentMethod.Cash && reference is null)
            throw new DomainException("Enter the bank or M-Pesa reference.", nameof(SupplierPayment.Reference));
        if (reference is { Length: > 64 }) throw new DomainException("A reference is at most 64 characters.", nameof(SupplierPayment.Reference));
        var payment = await dbs.InTransactionAsync(async db =>
        {
            var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Id == input.SupplierId)
                ?? throw new DomainException("Choose a supplier.", nameof(SupplierPayment.SupplierId));
            await AccountingPeriods.RequireOpenAsync(db, input.Date, nameof(SupplierPayment.Date));
            var payments = await db.SupplierPayments.Where(p => p.SupplierId == supplier.Id && p.ReversedAt == null).ToListAsync();
            if (reference is not null && input.Method != SupplierPaymentMethod.Cash
                && payments.Any(p => p.Method != SupplierPaymentMethod.Cash && string.Equals(p.Reference, reference, StringComparison.OrdinalIgnoreCase)))
                throw new DomainException($"Reference {reference} has already been used for a payment to {supplier.Name}.", nameof(SupplierPayment.Reference));
            var purchases = PaymentStatuses.Compute(await ReceivedAsync(db, supplier.Id), payments);
            var owed = purchases.Sum(p => p.Total) - payments.Sum(p => p.Amount);
            if (input.PurchaseId is { } purchaseId)
            {
                var purchase = await db.Purchases.Include(p => p.Lines).SingleOrDefaultAsync(p => p.Id == purchaseId && p.SupplierId == supplier.Id)
                    ?? throw new DomainException($"Choose one of {supplier.Name}'s purchases.", nameof(SupplierPayment.PurchaseId));
                if (purchase.Status != PurchaseStatus.Received)
                    throw new DomainException($"Purchase {purchase.Number} has not been received; pay it once the goods are in.", nameof(SupplierPayment.PurchaseId));
                var left = purchase.Total - payments.Where(p => p.PurchaseId == purchaseId).Sum(p => p.Amount);
                owed = Math.Min(owed, left);
                if (input.Amount > owed)
                    throw new DomainException(owed <= 0m ? $"Purchase {purchase.Number} is already paid."
                        : $"Only KES {owed:N2} is owed on {purchase.Number}.", nameof(SupplierPayment.Amount));
            }
            else if (input.Amount > owed)
                throw new DomainException(owed <= 0m ? $"Nothing is owed to {supplier.Name}." : $"Only KES {owed:N2} is owed to {supplier.Name}.",
                    nameof(SupplierPayment.Amount));
            supplier.Version = Guid.NewGuid();
            var payment = new SupplierPayment
            {
                Date = input.Date, SupplierId = supplier.Id, PurchaseId = input.PurchaseId, Amount = input.Amount, Method = input.Method,
                Reference = reference, RecordedById = actor.UserId, RecordedByName = actor.Name, RecordedAt = clock.UtcNow,
            };
            db.SupplierPayments.Add(payment);
            return payment;
        });
        await PublishAsync(payment);
        return payment;
    }

    /// <summary>Reverses a payment with a reason; it stays on record and what it paid is owed again.</summary>
    public async Task<SupplierPayment> ReverseAsync(int paymentId, Guid version, string? reason)
    {
        var actor = await currentUser.RequireAsync(Permissions.PaySuppliers);
        var why = reason?.Trim() ?? "";
        if (why.Length == 0) throw new DomainException("Say why the payment is reversed.", "Reason");
        if (why.Length > 300) throw new DomainException("A reason is at most 300 characters.", "Reason");
        var payment = await dbs.InTransactionAsync(async db =>
        {
            var payment = await db.SupplierPayments.SingleOrDefaultAsync(p => p.Id == paymentId)
                ?? throw new DomainException("This payment does not exist.");
            if (payment.IsReversed) throw new DomainException("This payment has already been reversed.", "Reason");
            if (payment.Version != version) throw new ConcurrencyConflictException();
            await AccountingPeriods.RequireOpenAsync(db, payment.Date, "Reason");
            (payment.ReversedAt, payment.ReversedByName, payment.ReversalReason) = (clock.UtcNow, actor.Name, why);
            return payment;
        });
        await PublishAsync(payment);
        return payment;
    }

    private async Task PublishAsync(SupplierPayment payment)
    {
        await events.PublishAsync(new SupplierPaymentChanged(payment.SupplierId, payment.PurchaseId));
        if (payment.PurchaseId is { } id) await events.PublishAsync(new PurchaseChanged(id));
    }

    private static async Task<IReadOnlyList<PurchaseBalance>> ComputeAsync(ChesantoDbContext db, int? supplierId)
    {
        var payments = await db.SupplierPayments.AsNoTracking().Where(p => supplierId == null || p.SupplierId == supplierId).ToListAsync();
        return PaymentStatuses.Compute(await ReceivedAsync(db, supplierId), payments);
    }

    private static async Task<List<Purchase>> ReceivedAsync(ChesantoDbContext db, int? supplierId) =>
        await db.Purchases.AsNoTracking().Include(p => p.Supplier).Include(p => p.Lines)
            .Where(p => p.Status == PurchaseStatus.Received && (supplierId == null || p.SupplierId == supplierId)).ToListAsync();
}
