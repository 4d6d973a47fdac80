using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Features.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Accounting;

namespace Chesanto.Tests.Features.Accounting;

public sealed class MonthBookButtonTests : IAsyncLifetime
{
    private readonly PageHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        host.SignInAs(await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public void The_expenses_page_offers_the_book_of_the_month_shown()
    {
        var screen = host.Open<Expenses>();
        var button = screen.Page.WaitForElement("#export-books");
        Assert.Equal("export/books/2026-11.xlsx", button.GetAttribute("href"));
        Assert.Contains("November 2026 books", button.TextContent);
    }
}
