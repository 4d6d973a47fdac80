using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounting;

/// <summary>One line of the petty cash book with the balance after it.</summary>
public sealed record PettyCashLine(Expense Expense, decimal In, decimal Out, decimal Balance);

public sealed record PettyCashBook(decimal Opening, IReadOnlyList<PettyCashLine> Lines, decimal Balance);

/// <summary>
/// The accountant's float (about <see cref="WeeklyFloat"/> KES a week, DOMAIN §6.2). It has no table of its own and no
/// stored balance: a top-up is an expense of category <see cref="ExpenseCategory.PettyCashTopUp"/> (money moved into the
/// float), a spend is an expense paid by <see cref="PaymentMethod.PettyCash"/>, and the balance is top-ups minus spends.
/// A spend larger than the balance is refused.
/// </summary>
public sealed class PettyCashService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, ExpenseService expenses)
{
    public const decimal WeeklyFloat = 5_000m;

    public async Task<decimal> BalanceAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        await using var db = await dbs.CreateDbContextAsync();
        return await BalanceOfAsync(db, null);
    }

    /// <summary>The float's lines from..to with their running balance; the opening is everything before <paramref name="from"/>.</summary>
    public async Task<PettyCashBook> BookAsync(DateOnly from, DateOnly to)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        await using var db = await dbs.CreateDbContextAsync();
        var rows = await Rows(db).Where(e => e.Date <= to).OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync();
        var opening = rows.Where(e => e.Date < from).Sum(Signed);
        var balance = opening;
        var lines = new List<PettyCashLine>();
        foreach (var e in rows.Where(e => e.Date >= from))
        {
            balance += Signed(e);
            lines.Add(new PettyCashLine(e, Signed(e) > 0 ? e.Total : 0, Signed(e) < 0 ? e.Total : 0, balance));
        }
        return new PettyCashBook(opening, lines, balance);
    }

    /// <summary>Money put into the float (from the bank or the cash box).</summary>
    public Task<Expense> TopUpAsync(DateOnly date, decimal amount, PaymentMethod paidBy, string? reference) =>
        expenses.RecordAsync(new ExpenseInput(date, ExpenseCategory.PettyCashTopUp, "Petty cash top-up", 1, amount, paidBy, reference));

    /// <summary>Something paid from the float: an ordinary expense whose payment method is petty cash.</summary>
    public Task<Expense> SpendAsync(DateOnly date, ExpenseCategory? category, string? description, decimal amount, string? receipt) =>
        expenses.RecordAsync(new ExpenseInput(date, category, description, 1, amount, PaymentMethod.PettyCash, receipt));

    private static IQueryable<Expense> Rows(ChesantoDbContext db) => db.Expenses.AsNoTracking()
        .Where(e => e.Category == ExpenseCategory.PettyCashTopUp || e.PaymentMethod == PaymentMethod.PettyCash);

    private static decimal Signed(Expense e) => e.Category == ExpenseCategory.PettyCashTopUp ? e.Total : -e.Total;

    internal static async Task<decimal> BalanceOfAsync(ChesantoDbContext db, int? excluding) =>
        (await Rows(db).Where(e => e.Id != excluding).Select(e => new { e.Category, e.Total }).ToListAsync())
            .Sum(e => e.Category == ExpenseCategory.PettyCashTopUp ? e.Total : -e.Total);

    /// <summary>Refuses a spend the float cannot cover (<paramref name="excluding"/>: the line being corrected).</summary>
    internal static async Task RequireFloatAsync(ChesantoDbContext db, decimal amount, int? excluding)
    {
        var balance = await BalanceOfAsync(db, excluding);
        if (amount > balance)
            throw new DomainException($"Petty cash holds only {Money(balance)} KES; this spend is {Money(amount)} KES. Top it up first.", nameof(Expense.UnitCost));
    }

    /// <summary>Refuses shrinking or deleting a top-up that has already been spent.</summary>
    internal static async Task RequireNotOverdrawnAsync(ChesantoDbContext db, int topUpId, decimal newAmount)
    {
        var balance = await BalanceOfAsync(db, topUpId) + newAmount;
        if (balance < 0)
            throw new DomainException($"This top-up has been spent: without it petty cash would be {Money(balance)} KES.", nameof(Expense.UnitCost));
    }

    private static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
