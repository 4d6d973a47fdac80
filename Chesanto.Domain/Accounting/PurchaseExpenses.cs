using System.Globalization;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounting;

/// <summary>
/// Q27: a purchase becomes an expense when it is received, once. One line per purchase (its lines already say which
/// ingredient cost what, and the P&amp;L costs ingredients from stock values, WORKBOOK §12), in the category of its
/// largest line. The unique index on <see cref="Expense.PurchaseId"/> makes a second posting fail even if two
/// receipts race; the check here keeps a retry from trying.
/// </summary>
internal static class PurchaseExpenses
{
    internal static async Task StageAsync(ChesantoDbContext db, Purchase purchase, IReadOnlyDictionary<int, InventoryItem> items,
        Actor actor, DateOnly day, DateTimeOffset now)
    {
        if (await db.Expenses.AnyAsync(e => e.PurchaseId == purchase.Id)) return;
        await AccountingPeriods.RequireOpenAsync(db, day, nameof(Purchase.Status));
        var total = Expense.TotalOf(1, purchase.Lines.Sum(l => l.Total));
        var largest = items[purchase.Lines.OrderByDescending(l => l.Total).First().InventoryItemId];
        var supplier = await db.Suppliers.Where(s => s.Id == purchase.SupplierId).Select(s => s.Name).SingleOrDefaultAsync();
        var what = string.Join(", ", purchase.Lines.Select(l =>
            $"{items[l.InventoryItemId].Name} {l.Quantity.ToString("0.###", CultureInfo.InvariantCulture)} {items[l.InventoryItemId].PurchaseUnit}"));
        var description = $"Purchase {purchase.Number} from {supplier}: {what}";
        db.Expenses.Add(new Expense
        {
            Date = day, Category = CategoryOf(largest), Description = description.Length > 300 ? description[..297] + "..." : description,
            Quantity = 1, UnitCost = total, Total = total, PaymentMethod = PaymentMethod.Credit, Reference = purchase.Number,
            SupplierId = purchase.SupplierId, PurchaseId = purchase.Id,
            RecordedById = actor.UserId, RecordedByName = actor.Name, RecordedAt = now,
        });
    }

    private static ExpenseCategory CategoryOf(InventoryItem item) => item.Category switch
    {
        InventoryCategory.Packaging => ExpenseCategory.PackagingMaterials,
        InventoryCategory.FuelEnergy when item.Name.Contains("Diesel", StringComparison.OrdinalIgnoreCase) => ExpenseCategory.Diesel,
        InventoryCategory.FuelEnergy => ExpenseCategory.Firewood,
        _ => ExpenseCategory.MaterialPurchases,
    };
}
