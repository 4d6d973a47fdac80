using System.Net;
using System.Reflection;
using Chesanto.Domain.Accounts;
using Chesanto.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Chesanto.Tests.Integration;

[Collection(AppCollection.Name)]
public sealed class AuthorizationMatrixTests(AppHost app)
{
    /// <summary>Only signing in, its emails' landing pages and error pages may be open to strangers.</summary>
    private static readonly string[] AnonymousNamespaces = ["Chesanto.Web.Features.Account", "Chesanto.Web.Components.Pages"];

    private static IEnumerable<Type> RoutablePages() =>
        typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any());

    private static string FirstRoute(Type page) =>
        System.Text.RegularExpressions.Regex.Replace(page.GetCustomAttributes<RouteAttribute>().First().Template, @"\{\w+:int\}", "1")
            .Replace("{UserId}", "x");

    [Fact]
    public void Every_page_declares_who_may_open_it()
    {
        var pages = RoutablePages().ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var authorize = page.GetCustomAttributes<AuthorizeAttribute>().ToList();
            var anonymous = page.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            Assert.True(authorize.Count > 0 ^ anonymous, $"{page.FullName} must declare exactly one of [Authorize(Policy=...)] or [AllowAnonymous].");
            if (anonymous)
                Assert.Contains(page.Namespace, AnonymousNamespaces);
            else
                Assert.All(authorize, a => Assert.True(a.Policy is not null && (Permissions.MinimumRole.ContainsKey(a.Policy) || a.Policy == Chesanto.Web.Hosting.ChesantoClaims.PasswordChangePolicy),
                    $"{page.FullName} names unknown policy '{a.Policy}'."));
        }
    }

    [Fact]
    public async Task A_stranger_is_sent_to_sign_in_from_every_protected_page()
    {
        using var client = app.NewClient();
        foreach (var page in RoutablePages().Where(p => p.GetCustomAttribute<AllowAnonymousAttribute>() is null))
        {
            var response = await client.GetAsync(FirstRoute(page));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{FirstRoute(page)} answered {response.StatusCode}");
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task The_sign_in_pages_and_health_are_open()
    {
        using var client = app.NewClient();
        foreach (var path in new[] { "/Account/Login", "/Account/Register", "/Account/ForgotPassword" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    [Theory]
    [InlineData(Role.Salesman, "/admin/users", false)]
    [InlineData(Role.Salesman, "/admin/audit", false)]
    [InlineData(Role.Salesman, "/people", false)]
    [InlineData(Role.Salesman, "/profile", true)]
    [InlineData(Role.Salesman, "/inventory", false)]
    [InlineData(Role.DeptHead, "/inventory", true)]
    [InlineData(Role.DeptHead, "/people", true)]
    [InlineData(Role.DeptHead, "/admin/users", false)]
    [InlineData(Role.Admin, "/admin/users", true)]
    [InlineData(Role.Admin, "/admin/audit", true)]
    [InlineData(Role.Salesman, "/alerts", false)]
    [InlineData(Role.ProductManager, "/alerts", false)]
    [InlineData(Role.ProductManager, "/inventory/suppliers/payments", false)]
    [InlineData(Role.Salesman, "/inventory/suppliers/payments", false)]
    [InlineData(Role.Admin, "/inventory/suppliers/payments", true)]
    [InlineData(Role.ProductManager, "/inventory/purchases/new", true)]
    [InlineData(Role.Admin, "/alerts", true)]
    [InlineData(Role.Salesman, "/sales/board", false)]
    [InlineData(Role.Salesman, "/sales/dispatch", false)]
    [InlineData(Role.Salesman, "/sales/settle", false)]
    [InlineData(Role.Salesman, "/sales/recipients", false)]
    [InlineData(Role.Salesman, "/sales/mine", true)]
    [InlineData(Role.Dispatch, "/sales/board", true)]
    [InlineData(Role.Dispatch, "/sales/dispatch", true)]
    [InlineData(Role.Dispatch, "/sales/settle", true)]
    [InlineData(Role.Dispatch, "/sales/recipients", true)]
    [InlineData(Role.Dispatch, "/payroll", false)]
    [InlineData(Role.Dispatch, "/accounting/expenses", false)]
    [InlineData(Role.Salesman, "/payroll", false)]
    [InlineData(Role.Salesman, "/payroll/2025/9", false)]
    [InlineData(Role.Salesman, "/payroll/casuals", false)]
    [InlineData(Role.Salesman, "/payroll/balances", false)]
    [InlineData(Role.Salesman, "/payroll/mine", true)]
    [InlineData(Role.Salesman, "/payroll/payslip/1", true)]
    [InlineData(Role.DeptHead, "/payroll", false)]
    [InlineData(Role.ProductManager, "/payroll/casuals", false)]
    [InlineData(Role.Admin, "/payroll", true)]
    [InlineData(Role.Admin, "/payroll/2025/9", true)]
    [InlineData(Role.Admin, "/payroll/casuals", true)]
    [InlineData(Role.Admin, "/payroll/balances", true)]
    [InlineData(Role.Salesman, "/accounting/expenses", false)]
    [InlineData(Role.ProductManager, "/accounting/expenses", false)]
    [InlineData(Role.ProductManager, "/accounting/petty-cash", false)]
    [InlineData(Role.Dispatch, "/accounting/fuel", false)]
    [InlineData(Role.Admin, "/accounting/expenses", true)]
    [InlineData(Role.Admin, "/accounting/petty-cash", true)]
    [InlineData(Role.Superadmin, "/accounting/fuel", true)]
    [InlineData(Role.Admin, "/books/analytics", true)]
    [InlineData(Role.Superadmin, "/books/analytics", true)]
    [InlineData(Role.ProductManager, "/books/analytics", false)]
    [InlineData(Role.DeptHead, "/books/analytics", false)]
    [InlineData(Role.Salesman, "/books/analytics", false)]
    [InlineData(Role.Salesman, "/accounting/pnl", false)]
    [InlineData(Role.ProductManager, "/accounting/month-on-month", false)]
    [InlineData(Role.Admin, "/accounting/pnl/2025-09", true)]
    [InlineData(Role.Admin, "/accounting/month-on-month", true)]
    [InlineData(Role.ProductManager, "/reports", false)]
    [InlineData(Role.DeptHead, "/reports/daily/2026-11-24", false)]
    [InlineData(Role.Admin, "/reports", true)]
    [InlineData(Role.Admin, "/reports/weekly/2026-11-23", true)]
    [InlineData(Role.Superadmin, "/reports", true)]
    public async Task Each_role_opens_only_its_pages(Role role, string path, bool allowed)
    {
        using var client = await AppUsers.SignedInClientAsync(app, role);
        var response = await client.GetAsync(path);
        if (allowed)
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else
            Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString() ?? await response.Content.ReadAsStringAsync());
    }
}
