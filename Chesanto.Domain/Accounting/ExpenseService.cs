using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounting;

/// <summary>The cash-book (DOMAIN §6.2): recording, correcting and listing expenses. Every change is audited.</summary>
public sealed class ExpenseService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock, IEventHub events)
{
    /// <summary>Expenses from..to (business days), optionally one category, oldest first, with each category's total.</summary>
    public async Task<ExpenseList> ListAsync(DateOnly from, DateOnly to, ExpenseCategory? category = null)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        if (to < from) throw new DomainException("The end date is before the start date.", "To");
        await using var db = await dbs.CreateDbContextAsync();
        var expenses = await db.Expenses.AsNoTracking().Include(e => e.Supplier)
            .Where(e => e.Date >= from && e.Date <= to && (category == null || e.Category == category))
            .OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync();
        // Summed in memory: SQLite cannot SUM decimals.
        var totals = expenses.GroupBy(e => e.Category).OrderBy(g => g.Key)
            .Select(g => new CategoryTotal(g.Key, g.Count(), g.Sum(e => e.Total))).ToList();
        return new ExpenseList(expenses, totals);
    }

    public async Task<Expense> RecordAsync(ExpenseInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageExpenses);
        Validate(input, clock.Today);
        var expense = await dbs.InTransactionAsync(async db =>
        {
            await AccountingPeriods.RequireOpenAsync(db, input.Date);
            var expense = new Expense { RecordedAt = clock.UtcNow, RecordedById = actor.UserId, RecordedByName = actor.Name };
            Apply(expense, input);
            await RequireSupplierAsync(db, input.SupplierId);
            if (expense.PaymentMethod == PaymentMethod.PettyCash)
                await PettyCashService.RequireFloatAsync(db, expense.Total, null);
            db.Expenses.Add(expense);
            return expense;
        });
        await events.PublishAsync(new ExpenseChanged(expense.Id));
        return expense;
    }

    /// <summary>Corrects a line; a stale version, a closed month (old or new date) or a purchase's own line is refused.</summary>
    public async Task<Expense> UpdateAsync(int expenseId, Guid version, ExpenseInput input)
    {
        await currentUser.RequireAsync(Permissions.ManageExpenses);
        Validate(input, clock.Today);
        var expense = await dbs.InTransactionAsync(async db =>
        {
            var expense = await LoadAsync(db, expenseId, version);
            await AccountingPeriods.RequireOpenAsync(db, expense.Date);
            await AccountingPeriods.RequireOpenAsync(db, input.Date);
            await RequireSupplierAsync(db, input.SupplierId);
            Apply(expense, input);
            if (expense.PaymentMethod == PaymentMethod.PettyCash)
                await PettyCashService.RequireFloatAsync(db, expense.Total, expense.Id);
            if (expense.Category == ExpenseCategory.PettyCashTopUp)
                await PettyCashService.RequireNotOverdrawnAsync(db, expense.Id, expense.Total);
            return expense;
        });
        await events.PublishAsync(new ExpenseChanged(expense.Id));
        return expense;
    }

    public async Task DeleteAsync(int expenseId, Guid version)
    {
        await currentUser.RequireAsync(Permissions.ManageExpenses);
        await dbs.InTransactionAsync(async db =>
        {
            var expense = await LoadAsync(db, expenseId, version);
            await AccountingPeriods.RequireOpenAsync(db, expense.Date);
            if (expense.Category == ExpenseCategory.PettyCashTopUp)
                await PettyCashService.RequireNotOverdrawnAsync(db, expense.Id, 0m);
            db.Expenses.Remove(expense);
            return expense;
        });
        await events.PublishAsync(new ExpenseChanged(expenseId));
    }

    private static async Task<Expense> LoadAsync(ChesantoDbContext db, int expenseId, Guid version)
    {
        var expense = await db.Expenses.SingleOrDefaultAsync(e => e.Id == expenseId)
            ?? throw new DomainException("This expense no longer exists.");
        if (expense.Version != version) throw new ConcurrencyConflictException();
        if (expense.PurchaseId is not null)
            throw new DomainException("This line was posted by a received purchase; it follows its purchase.", nameof(Expense.PurchaseId));
        return expense;
    }

    private static async Task RequireSupplierAsync(ChesantoDbContext db, int? supplierId)
    {
        if (supplierId is { } id && !await db.Suppliers.AnyAsync(s => s.Id == id))
            throw new DomainException("This supplier no longer exists.", nameof(Expense.SupplierId));
    }

    private static void Apply(Expense expense, ExpenseInput input)
    {
        expense.Date = input.Date;
        expense.Category = input.Category!.Value;
        expense.Description = input.Description!.Trim();
        (expense.Quantity, expense.UnitCost, expense.Total) = (input.Quantity, input.UnitCost, Expense.TotalOf(input.Quantity, input.UnitCost));
        expense.PaymentMethod = input.PaymentMethod;
        expense.Reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim();
        expense.SupplierId = input.SupplierId;
    }

    /// <summary>The field checks, each refusal naming its field (DOMAIN §6.2).</summary>
    internal static void Validate(ExpenseInput input, DateOnly today)
    {
        if (input.Date > today) throw new DomainException("An expense cannot be dated in the future.", nameof(Expense.Date));
        if (input.Category is not { } category || !Enum.IsDefined(category))
            throw new DomainException("Choose a category.", nameof(Expense.Category));
        if (string.IsNullOrWhiteSpace(input.Description))
            throw new DomainException("Say what was paid for.", nameof(Expense.Description));
        if (input.Description.Trim().Length > 300) throw new DomainException("Keep the description under 300 characters.", nameof(Expense.Description));
        if (input.Quantity <= 0) throw new DomainException("Enter a quantity more than zero.", nameof(Expense.Quantity));
        if (decimal.Round(input.Quantity, 3) != input.Quantity)
            throw new DomainException("Quantities are kept to three decimal places.", nameof(Expense.Quantity));
        if (input.UnitCost < 0) throw new DomainException("A unit cost cannot be negative.", nameof(Expense.UnitCost));
        if (decimal.Round(input.UnitCost, 4) != input.UnitCost)
            throw new DomainException("Unit costs are kept to four decimal places.", nameof(Expense.UnitCost));
        if (!Enum.IsDefined(input.PaymentMethod)) throw new DomainException("Choose how it was paid.", nameof(Expense.PaymentMethod));
        if (input.PaymentMethod is PaymentMethod.Bank or PaymentMethod.MPesa && string.IsNullOrWhiteSpace(input.Reference))
            throw new DomainException(input.PaymentMethod == PaymentMethod.Bank
                ? "Enter the bank reference (cheque or transfer number)." : "Enter the M-Pesa transaction code.", nameof(Expense.Reference));
        if (input.Reference?.Trim().Length > 60) throw new DomainException("Keep the reference under 60 characters.", nameof(Expense.Reference));
        if (category == ExpenseCategory.PettyCashTopUp && input.PaymentMethod == PaymentMethod.PettyCash)
            throw new DomainException("A top-up is paid into petty cash, not from it.", nameof(Expense.PaymentMethod));
    }
}
