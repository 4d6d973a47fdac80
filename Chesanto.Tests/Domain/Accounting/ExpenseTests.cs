using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Accounting;

public sealed class ExpenseTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly DomainHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private ExpenseService Expenses => host.Get<ExpenseService>();

    private static ExpenseInput Input(ExpenseCategory? category = ExpenseCategory.BankCharges, decimal quantity = 1, decimal unitCost = 100,
        PaymentMethod method = PaymentMethod.Cash, string? reference = null, DateOnly? date = null, string? description = "Transaction costs") =>
        new(date ?? Today, category, description, quantity, unitCost, method, reference);

    [Theory]
    [InlineData("Category")]
    [InlineData("Quantity")]
    [InlineData("UnitCost")]
    [InlineData("Reference")]
    [InlineData("Date")]
    [InlineData("Description")]
    public async Task Bad_input_is_refused_at_its_field(string field)
    {
        var input = field switch
        {
            "Category" => Input(category: null),
            "Quantity" => Input(quantity: 0),
            "UnitCost" => Input(unitCost: -1),
            "Reference" => Input(method: PaymentMethod.MPesa),
            "Date" => Input(date: Today.AddDays(1)),
            _ => Input(description: "  "),
        };
        var refused = await Assert.ThrowsAsync<DomainException>(() => Expenses.RecordAsync(input));
        Assert.Equal(field, refused.Field);
        await using var db = await host.NewDbAsync();
        Assert.Empty(await db.Expenses.ToListAsync());
    }

    [Fact]
    public async Task The_total_is_quantity_times_unit_cost_and_the_list_totals_each_category()
    {
        // Two lines of the workbook's 01.09 cash-book, and a bank payment with its reference.
        await Expenses.RecordAsync(Input(ExpenseCategory.Flour, 10, 3_650, description: "Flour"));
        await Expenses.RecordAsync(Input(ExpenseCategory.CookingOil, 2, 4_450, description: "Cooking oil"));
        await Expenses.RecordAsync(Input(ExpenseCategory.Flour, 0.5m, 3_650.333m, PaymentMethod.Bank, "CHQ 0042", description: "Half bag"));

        var list = await Expenses.ListAsync(Today.AddDays(-1), Today);
        Assert.Equal([36_500m, 8_900m, 1_825.17m], list.Expenses.Select(e => e.Total));
        Assert.Equal([(ExpenseCategory.Flour, 38_325.17m), (ExpenseCategory.CookingOil, 8_900m)],
            list.Totals.Select(t => (t.Category, t.Total)));
        Assert.Equal(PnlSection.DirectMaterials, list.Totals[0].Section);
        Assert.Equal(47_225.17m, list.Total);
        Assert.Single((await Expenses.ListAsync(Today, Today, ExpenseCategory.CookingOil)).Expenses);
        Assert.Equal("accountant@chesanto.test", list.Expenses[0].RecordedByName);
    }

    [Fact]
    public async Task Editing_and_deleting_are_audited_and_a_stale_version_is_refused()
    {
        var expense = await Expenses.RecordAsync(Input());
        var edited = await Expenses.UpdateAsync(expense.Id, expense.Version, Input(quantity: 3, unitCost: 35));
        Assert.Equal(105m, edited.Total);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Expenses.UpdateAsync(expense.Id, expense.Version, Input()));
        await Expenses.DeleteAsync(edited.Id, edited.Version);

        await using var db = await host.NewDbAsync();
        Assert.Empty(await db.Expenses.ToListAsync());
        var audit = await db.AuditEntries.Where(a => a.Entity == nameof(Expense)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], audit);
    }

    [Fact]
    public async Task A_closed_month_refuses_new_changed_and_deleted_lines_until_the_ceo_reopens_it()
    {
        var october = new DateOnly(2026, 10, 30);
        var expense = await Expenses.RecordAsync(Input(date: october));
        await host.Get<AccountingPeriods>().CloseAsync(2026, 10);

        var add = await Assert.ThrowsAsync<DomainException>(() => Expenses.RecordAsync(Input(date: october)));
        Assert.Equal("Date", add.Field);
        Assert.Contains("October 2026", add.Message);
        await Assert.ThrowsAsync<DomainException>(() => Expenses.UpdateAsync(expense.Id, expense.Version, Input(date: Today)));
        await Assert.ThrowsAsync<DomainException>(() => Expenses.DeleteAsync(expense.Id, expense.Version));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => host.Get<AccountingPeriods>().ReopenAsync(2026, 10));
        Assert.NotNull(await Expenses.RecordAsync(Input()));

        host.ActAs(await host.CreateUserAsync("ceo@chesanto.test", Role.Superadmin));
        await host.Get<AccountingPeriods>().ReopenAsync(2026, 10);
        await Expenses.DeleteAsync(expense.Id, expense.Version);
        Assert.Equal(PeriodStatus.Open, await host.Get<AccountingPeriods>().StatusAsync(2026, 10));
    }

    [Theory]
    [InlineData(Role.Salesman)]
    [InlineData(Role.ProductManager)]
    public async Task Only_the_accountant_and_ceo_see_the_books(Role role)
    {
        host.ActAs(await host.CreateUserAsync($"{role}@chesanto.test", role));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Expenses.ListAsync(Today, Today));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Expenses.RecordAsync(Input()));
    }

    [Fact]
    public void Every_category_has_a_pnl_section_and_the_loan_is_not_revenue_or_expense()
    {
        Assert.Equal(PnlSection.NotInPnl, ExpenseCategory.LoanReceived.Section());
        Assert.Equal(PnlSection.Indirect, ExpenseCategory.FuelBolero.Section());
        Assert.Equal(PnlSection.Administrative, ExpenseCategory.Deficits.Section());
        Assert.Equal(PnlSection.Commissions, ExpenseCategory.Commissions.Section());
        Assert.Equal(PnlSection.DirectSalaries, ExpenseCategory.SalariesCasuals.Section());
        Assert.Equal(PnlSection.BelowNetProfit, ExpenseCategory.EducationPolicy.Section());
        Assert.All(Enum.GetValues<ExpenseCategory>(), c => Assert.False(string.IsNullOrEmpty(c.Title())));
    }
}
