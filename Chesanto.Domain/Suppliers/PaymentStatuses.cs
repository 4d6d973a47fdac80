using Chesanto.Domain.Inventory;

namespace Chesanto.Domain.Suppliers;

public enum PaymentStatus { Unpaid, PartPaid, Paid }

/// <summary>What a received purchase cost, what has been paid against it and what is still owed; never stored.</summary>
public sealed record PurchaseBalance(int PurchaseId, string Number, int SupplierId, string Supplier, DateOnly PurchaseDate,
    DateOnly? ReceivedOn, decimal Total, decimal Paid)
{
    public decimal Owed => Total - Paid;
    public PaymentStatus Status => Paid <= 0m ? PaymentStatus.Unpaid : Owed <= 0m ? PaymentStatus.Paid : PaymentStatus.PartPaid;
}

/// <summary>One supplier's account: what was received from him, paid to him and is still owed.</summary>
public sealed record SupplierBalance(int SupplierId, string Supplier, int ReceivedPurchases, decimal Received, decimal Paid,
    DateOnly? OldestUnpaid)
{
    public decimal Owed => Received - Paid;
}

/// <summary>
/// Computes payment statuses from received purchases and live (unreversed) payments. A payment against a purchase
/// counts for that purchase; payments on account settle the supplier's oldest purchases first.
/// </summary>
public static class PaymentStatuses
{
    public static IReadOnlyList<PurchaseBalance> Compute(IEnumerable<Purchase> received, IEnumerable<SupplierPayment> payments)
    {
        var live = payments.Where(p => !p.IsReversed).ToList();
        var specific = live.Where(p => p.PurchaseId is not null).GroupBy(p => p.PurchaseId!.Value).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var onAccount = live.Where(p => p.PurchaseId is null).GroupBy(p => p.SupplierId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var result = new List<PurchaseBalance>();
        foreach (var purchase in received.Where(p => p.Status == PurchaseStatus.Received)
                     .OrderBy(p => p.ReceivedOn).ThenBy(p => p.PurchaseDate).ThenBy(p => p.Id))
        {
            var total = purchase.Total;
            var paid = specific.GetValueOrDefault(purchase.Id);
            var pool = onAccount.GetValueOrDefault(purchase.SupplierId);
            var take = Math.Max(0m, Math.Min(pool, total - paid));
            onAccount[purchase.SupplierId] = pool - take;
            result.Add(new PurchaseBalance(purchase.Id, purchase.Number, purchase.SupplierId, purchase.Supplier?.Name ?? "",
                purchase.PurchaseDate, purchase.ReceivedOn, total, paid + take));
        }
        return result;
    }

    public static IReadOnlyList<SupplierBalance> Balances(IEnumerable<Supplier> suppliers, IReadOnlyList<PurchaseBalance> purchases,
        IEnumerable<SupplierPayment> payments)
    {
        var paid = payments.Where(p => !p.IsReversed).GroupBy(p => p.SupplierId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        return suppliers.Select(s =>
        {
            var own = purchases.Where(p => p.SupplierId == s.Id).ToList();
            var oldest = own.Where(p => p.Owed > 0m).Select(p => (DateOnly?)p.PurchaseDate).Min();
            return new SupplierBalance(s.Id, s.Name, own.Count, own.Sum(p => p.Total), paid.GetValueOrDefault(s.Id), oldest);
        }).Where(b => b.ReceivedPurchases > 0 || b.Paid > 0m).OrderByDescending(b => b.Owed).ThenBy(b => b.Supplier).ToList();
    }
}
