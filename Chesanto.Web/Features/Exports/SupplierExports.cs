using Chesanto.Domain.Suppliers;

namespace Chesanto.Web.Features.Exports;

/// <summary>What is owed to each supplier, and the unpaid purchases behind it (Q27).</summary>
public sealed class SupplierExports(SupplierPaymentService payments)
{
    private static readonly ExcelColumn<SupplierBalance>[] BalanceColumns =
    [
        new("Supplier", b => b.Supplier),
        new("Received purchases", b => b.ReceivedPurchases, CellKind.Integer),
        new("Received (KES)", b => b.Received, CellKind.Money),
        new("Paid (KES)", b => b.Paid, CellKind.Money),
        new("Owed (KES)", b => b.Owed, CellKind.Money),
        new("Oldest unpaid", b => b.OldestUnpaid, CellKind.Date),
    ];

    private static readonly ExcelColumn<PurchaseBalance>[] UnpaidColumns =
    [
        new("Number", p => p.Number),
        new("Supplier", p => p.Supplier),
        new("Date", p => p.PurchaseDate, CellKind.Date),
        new("Received", p => p.ReceivedOn, CellKind.Date),
        new("Status", p => p.Status == PaymentStatus.PartPaid ? "Part paid" : p.Status.ToString()),
        new("Total (KES)", p => p.Total, CellKind.Money),
        new("Paid (KES)", p => p.Paid, CellKind.Money),
        new("Owed (KES)", p => p.Owed, CellKind.Money),
    ];

    public async Task<byte[]> BalancesAsync()
    {
        var balances = await payments.BalancesAsync();
        var unpaid = await payments.UnpaidAsync();
        using var workbook = new ExcelWorkbook()
            .AddSheet("Balances", BalanceColumns, balances)
            .AddSheet("Unpaid purchases", UnpaidColumns, unpaid);
        return workbook.ToBytes();
    }
}
