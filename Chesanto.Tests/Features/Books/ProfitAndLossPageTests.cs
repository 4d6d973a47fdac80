using Bunit;
using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Books;

namespace Chesanto.Tests.Features.Books;

public sealed class ProfitAndLossPageTests : IAsyncLifetime
{
    private readonly PageHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        var accountant = await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin);
        host.SignInAs(accountant);
        host.Domain.ActAs(accountant);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private Task SpendAsync(ExpenseCategory category, decimal amount) =>
        host.Domain.Get<ExpenseService>().RecordAsync(new ExpenseInput(host.Domain.Get<BusinessClock>().Today, category, category.Title(), 1, amount, PaymentMethod.Cash, null));

    [Fact]
    public async Task The_statement_shows_the_months_lines_and_follows_new_expenses_live()
    {
        await SpendAsync(ExpenseCategory.Electricity, 5_000m);
        var page = host.Render<ProfitAndLossPage>();

        page.WaitForAssertion(() => Assert.Contains("Electricity", page.Find("#pnl-statement").TextContent));
        Assert.Equal("November 2026", page.Find("#pnl-month").TextContent);
        Assert.Equal("export/books/2026-11.xlsx", page.Find("#month-book").GetAttribute("href"));
        Assert.Contains("-5,000.00", page.Find("#pnl-headline").TextContent);

        await SpendAsync(ExpenseCategory.BankCharges, 300m);

        page.WaitForAssertion(() => Assert.Contains("Bank charges", page.Find("#pnl-statement").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("-5,300.00", page.Find("#pnl-headline").TextContent);
    }

    [Fact]
    public void A_past_month_opens_from_its_address_and_a_future_one_falls_back_to_this_month()
    {
        var october = host.Render<ProfitAndLossPage>(p => p.Add(x => x.MonthText, "2026-10"));
        october.WaitForAssertion(() => Assert.Equal("October 2026", october.Find("#pnl-month").TextContent));
        Assert.Contains("There is no payroll run for October 2026", october.Markup);

        october.Render(p => p.Add(x => x.MonthText, "2027-01"));
        october.WaitForAssertion(() => Assert.Equal("November 2026", october.Find("#pnl-month").TextContent));
    }
}
