using Bunit;
using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Features.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Accounting;

namespace Chesanto.Tests.Features.Accounting;

public sealed class AccountingPagesTests : IAsyncLifetime
{
    private readonly PageHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        host.SignInAs(await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public void An_expense_without_a_category_is_refused_at_the_category_and_nothing_is_saved()
    {
        var screen = host.Open<Expenses>();
        screen.Page.WaitForElement("#add-expense").Click();
        screen.Dialogs.WaitForElement(".field-Description input").Change("Stamp duty");
        screen.Dialogs.Find(".field-UnitCost input").Change("50");
        screen.Dialogs.Find("#save-expense").Click();

        screen.Dialogs.WaitForAssertion(() => Assert.Contains("Choose a category.", screen.Dialogs.Find(".field-Category").TextContent));
        Assert.Contains("No expenses", screen.Page.Find("#expense-table").TextContent);
    }

    [Fact]
    public void An_added_expense_shows_in_the_list_and_in_its_category_total()
    {
        var screen = host.Open<Expenses>();
        screen.Page.WaitForElement("#add-expense").Click();
        screen.Dialogs.WaitForElement(".field-Description input").Change("M-Pesa transaction costs");
        screen.Choose(screen.Dialogs, ".field-Category", "Bank charges");
        screen.Dialogs.Find(".field-Quantity input").Change("3");
        screen.Dialogs.Find(".field-UnitCost input").Change("33.5");
        screen.Dialogs.Find("#save-expense").Click();

        screen.Page.WaitForAssertion(() => Assert.Contains("M-Pesa transaction costs", screen.Page.Find("#expense-table tbody").TextContent));
        Assert.Contains("100.50", screen.Page.Find("#expense-table .expense-total").TextContent);
        Assert.Contains("100.50", screen.Page.Find("#expense-totals .total-BankCharges").TextContent);
        Assert.Contains("100.50", screen.Page.Find("#expense-grand-total").TextContent);
    }

    [Fact]
    public async Task A_petty_cash_spend_larger_than_the_float_is_refused_at_the_amount()
    {
        await host.Domain.Get<PettyCashService>().TopUpAsync(new DateOnly(2026, 11, 23), 500, PaymentMethod.Cash, null);
        var screen = host.Open<PettyCash>();
        screen.Page.WaitForAssertion(() => Assert.Contains("500.00", screen.Page.Find("#petty-cash-balance").TextContent));
        screen.Choose(screen.Page, ".field-Category", "Sundry");
        screen.Page.Find(".field-Description input").Change("Gas refill");
        screen.Page.Find("#spend-form .field-UnitCost input").Change("2500");
        screen.Page.Find("#record-spend").Click();

        screen.Page.WaitForAssertion(() => Assert.Contains("Petty cash holds only 500.00 KES", screen.Page.Find("#spend-form .field-UnitCost").TextContent));
        Assert.Equal(500m, await host.Domain.Get<PettyCashService>().BalanceAsync());
    }
}
