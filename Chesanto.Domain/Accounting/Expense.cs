using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;

namespace Chesanto.Domain.Accounting;

/// <summary>How money left: <see cref="PettyCash"/> is the accountant's float (see <see cref="PettyCashService"/>); Credit is owed to the supplier.</summary>
public enum PaymentMethod { Cash, Bank, MPesa, Credit, PettyCash }

/// <summary>
/// One line of the cash-book (DOMAIN §6.2, WORKBOOK §8): what was paid for, on which business day, and which P&amp;L
/// line it belongs to. <see cref="Total"/> is quantity x unit cost to the cent, computed when saved and stored so the
/// P&amp;L sums what the clerk saw. A received purchase posts exactly one (its <see cref="PurchaseId"/> is unique).
/// </summary>
public class Expense : IAudited, IVersioned
{
    public int Id { get; set; }
    /// <summary>The Nairobi business day it was paid.</summary>
    public DateOnly Date { get; set; }
    public ExpenseCategory Category { get; set; }
    public string Description { get; set; } = "";
    public decimal Quantity { get; set; }
    public decimal UnitCost { get; set; }
    public decimal Total { get; set; }
    public PaymentMethod PaymentMethod { get; set; }
    /// <summary>Bank or M-Pesa transaction code, cheque number, receipt number.</summary>
    public string? Reference { get; set; }
    public int? SupplierId { get; set; }
    public Supplier? Supplier { get; set; }
    /// <summary>The received purchase that posted this line; such a line is changed through its purchase, not here.</summary>
    public int? PurchaseId { get; set; }
    public string? RecordedById { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public Guid Version { get; set; }

    public static decimal TotalOf(decimal quantity, decimal unitCost) =>
        decimal.Round(quantity * unitCost, 2, MidpointRounding.AwayFromZero);
}

/// <summary>An expense as the accountant types it.</summary>
public sealed record ExpenseInput(DateOnly Date, ExpenseCategory? Category, string? Description, decimal Quantity, decimal UnitCost,
    PaymentMethod PaymentMethod, string? Reference, int? SupplierId = null);

public enum PeriodStatus { Open, Closed }

/// <summary>
/// A month of the books. No row means open. A closed month refuses new, changed and deleted expenses and fuel
/// lines dated in it; the accountant closes it, and only the CEO (superadmin) reopens it.
/// </summary>
public class AccountingPeriod : IAudited, IVersioned
{
    public int Year { get; set; }
    public int Month { get; set; }
    public PeriodStatus Status { get; set; }
    public string? ChangedByName { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid Version { get; set; }
}

public sealed record ExpenseChanged(int ExpenseId) : IDomainEvent;

/// <summary>One category's total in a list of expenses.</summary>
public sealed record CategoryTotal(ExpenseCategory Category, int Lines, decimal Total)
{
    public PnlSection Section => Category.Section();
}

public sealed record ExpenseList(IReadOnlyList<Expense> Expenses, IReadOnlyList<CategoryTotal> Totals)
{
    public decimal Total => Expenses.Sum(e => e.Total);
}
