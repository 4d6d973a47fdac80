using Chesanto.Domain.Accounting;

namespace Chesanto.Web.Features.Accounting;

/// <summary>An expense being typed: the form's values before the domain checks them.</summary>
public sealed class ExpenseDraft
{
    public DateOnly Date { get; set; }
    public ExpenseCategory? Category { get; set; }
    public string? Description { get; set; }
    public decimal Quantity { get; set; } = 1;
    public decimal UnitCost { get; set; }
    public PaymentMethod PaymentMethod { get; set; }
    public string? Reference { get; set; }
    public int? SupplierId { get; set; }

    public ExpenseInput ToInput() => new(Date, Category, Description, Quantity, UnitCost, PaymentMethod, Reference, SupplierId);

    public static ExpenseDraft From(Expense e) => new()
    {
        Date = e.Date, Category = e.Category, Description = e.Description, Quantity = e.Quantity, UnitCost = e.UnitCost,
        PaymentMethod = e.PaymentMethod, Reference = e.Reference, SupplierId = e.SupplierId,
    };
}
