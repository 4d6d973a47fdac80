using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Accounting;

public sealed class PettyCashAndPurchaseTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly DomainHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private PettyCashService PettyCash => host.Get<PettyCashService>();

    [Fact]
    public async Task The_float_balance_is_top_ups_minus_spends_and_an_overdraw_is_refused()
    {
        await PettyCash.TopUpAsync(Today.AddDays(-7), 5_000, PaymentMethod.Bank, "TRF 881");
        await PettyCash.SpendAsync(Today.AddDays(-1), ExpenseCategory.Stationery, "Receipt book", 350, null);
        await PettyCash.SpendAsync(Today, ExpenseCategory.Sundry, "Matches and soap", 1_150, "R-12");

        Assert.Equal(3_500m, await PettyCash.BalanceAsync());
        var refused = await Assert.ThrowsAsync<DomainException>(() => PettyCash.SpendAsync(Today, ExpenseCategory.Sundry, "Gas refill", 3_500.01m, null));
        Assert.Equal(nameof(Expense.UnitCost), refused.Field);
        Assert.Contains("3,500.00", refused.Message);

        var book = await PettyCash.BookAsync(Today.AddDays(-1), Today);
        Assert.Equal(5_000m, book.Opening);
        Assert.Equal([4_650m, 3_500m], book.Lines.Select(l => l.Balance));
        Assert.Equal(3_500m, book.Balance);
    }

    [Fact]
    public async Task A_spent_top_up_cannot_be_deleted_and_a_spend_cannot_grow_past_the_float()
    {
        var topUp = await PettyCash.TopUpAsync(Today, 1_000, PaymentMethod.Cash, null);
        var spend = await PettyCash.SpendAsync(Today, ExpenseCategory.Sundry, "Airtime", 600, null);
        await Assert.ThrowsAsync<DomainException>(() => host.Get<ExpenseService>().DeleteAsync(topUp.Id, topUp.Version));
        await Assert.ThrowsAsync<DomainException>(() => host.Get<ExpenseService>().UpdateAsync(spend.Id, spend.Version,
            new ExpenseInput(Today, ExpenseCategory.Sundry, "Airtime", 2, 600, PaymentMethod.PettyCash, null)));
        var grown = await host.Get<ExpenseService>().UpdateAsync(spend.Id, spend.Version,
            new ExpenseInput(Today, ExpenseCategory.Sundry, "Airtime", 1, 1_000, PaymentMethod.PettyCash, null));
        Assert.Equal(1_000m, grown.Total);
        Assert.Equal(0m, await PettyCash.BalanceAsync());
    }

    [Fact]
    public async Task A_received_purchase_posts_one_expense_even_when_received_twice_at_once_or_again()
    {
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<SupplierSeeder>().SeedAsync();
        var purchases = host.Get<PurchaseService>();
        var items = await host.Get<CatalogService>().ListItemsAsync();
        var flour = items.Single(i => i.Name == "Wheat Flour").Id;
        var sugar = items.Single(i => i.Name == "Sugar").Id;
        var supplier = (await purchases.ListSuppliersAsync()).First();
        var draft = await purchases.CreateDraftAsync(new PurchaseInput(supplier.Id, Today, null, null,
            [new PurchaseLineInput(flour, 10, 3_650), new PurchaseLineInput(sugar, 2, 7_300.5m)]));
        var ordered = await purchases.OrderAsync(draft.Id, draft.Version);

        var attempts = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try { await host.Get<PurchaseService>().ReceiveAsync(ordered.Id, ordered.Version); return true; }
            catch (DomainException) { return false; }
        }));
        Assert.Equal(1, (await Task.WhenAll(attempts)).Count(ok => ok));
        await Assert.ThrowsAsync<DomainException>(() => purchases.ReceiveAsync(ordered.Id, ordered.Version));

        await using var db = await host.NewDbAsync();
        var expense = Assert.Single(await db.Expenses.ToListAsync());
        Assert.Equal((ordered.Id, 51_101m, ExpenseCategory.MaterialPurchases), (expense.PurchaseId!.Value, expense.Total, expense.Category));
        Assert.Equal((ordered.Number, supplier.Id, Today), (expense.Reference, expense.SupplierId, expense.Date));
        Assert.Contains("Wheat Flour 10 bag", expense.Description);
        // The purchase's line is not edited from the cash-book.
        await Assert.ThrowsAsync<DomainException>(() => host.Get<ExpenseService>().DeleteAsync(expense.Id, expense.Version));
        // And the database itself refuses a second line for the purchase.
        db.Expenses.Add(new Expense { Date = Today, Category = ExpenseCategory.MaterialPurchases, Description = "dup", Quantity = 1, PurchaseId = ordered.Id });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
