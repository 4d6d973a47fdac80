using Bunit;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Suppliers;
using Chesanto.Tests.Features.Accounts;
using Chesanto.Tests.Support;
using Chesanto.Web.Features.Inventory;

namespace Chesanto.Tests.Features.Inventory;

public sealed class SupplierPaymentPagesTests : IAsyncLifetime
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private readonly PageHost host = new();
    private Purchase received = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Domain.Get<CatalogSeeder>().SeedAsync();
        await host.Domain.Get<StockSeeder>().SeedAsync();
        await host.Domain.Get<SupplierSeeder>().SeedAsync();
        host.SignInAs(await host.Domain.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        var flour = (await host.Domain.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour").Id;
        var pembe = (await Purchases.ListSuppliersAsync()).Single(s => s.Name == "Pembe Flour Mills Ltd").Id;
        var draft = await Purchases.CreateDraftAsync(new PurchaseInput(pembe, Tuesday, null, null, [new PurchaseLineInput(flour, 10m, 3_700m)]));
        var ordered = await Purchases.OrderAsync(draft.Id, draft.Version);
        received = await Purchases.ReceiveAsync(ordered.Id, ordered.Version);
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private PurchaseService Purchases => host.Domain.Get<PurchaseService>();

    private static AngleSharp.Dom.IElement Unpaid(AdminScreen<SupplierPayments> screen) =>
        screen.Page.Find("#unpaid-purchases tbody tr");

    [Fact]
    public async Task The_accountant_pays_part_of_a_purchase_and_its_status_turns_part_paid()
    {
        var screen = host.Open<SupplierPayments>();
        screen.Page.WaitForAssertion(() => Assert.Contains("Unpaid", Unpaid(screen).TextContent));
        Assert.Contains("37,000.00", screen.Page.Find("#total-owed").TextContent);

        Unpaid(screen).QuerySelector(".pay-purchase")!.Click();
        var amount = screen.Dialogs.WaitForElement(".field-Amount input");
        Assert.Equal("37,000.00", amount.GetAttribute("value"));
        amount.Change("20000");
        screen.Dialogs.Find(".field-Reference input").Change("QKP20000");
        screen.Dialogs.Find(".save-payment").Click();

        screen.Page.WaitForAssertion(() => Assert.Contains("Part paid", Unpaid(screen).TextContent));
        Assert.Contains("17,000.00", Unpaid(screen).QuerySelector(".purchase-owed")!.TextContent);
        Assert.Contains("17,000.00", screen.Page.Find("#total-owed").TextContent);
        Assert.Contains("QKP20000", screen.Page.Find("#supplier-payments").TextContent);
    }

    [Fact]
    public async Task Paying_more_than_is_owed_is_refused_at_the_amount_and_nothing_is_recorded()
    {
        var screen = host.Open<SupplierPayments>();
        screen.Page.WaitForElement(".pay-purchase").Click();
        screen.Dialogs.WaitForElement(".field-Amount input").Change("40000");
        screen.Dialogs.Find(".field-Reference input").Change("QKP40000");
        screen.Dialogs.Find(".save-payment").Click();

        screen.Dialogs.WaitForAssertion(() => Assert.Contains("Only KES 37,000.00 is owed", screen.Dialogs.Find(".field-Amount").TextContent));
        Assert.Empty(await host.Domain.Get<SupplierPaymentService>().PaymentsAsync());
    }

    [Fact]
    public async Task A_reversed_payment_stays_listed_with_its_reason_and_the_purchase_is_unpaid_again()
    {
        await host.Domain.Get<SupplierPaymentService>().RecordAsync(new SupplierPaymentInput(Tuesday, received.SupplierId, received.Id, 37_000m, SupplierPaymentMethod.Cash, null));
        var screen = host.Open<SupplierPayments>();
        screen.Page.WaitForElement(".reverse-payment").Click();
        screen.Dialogs.WaitForElement(".field-Reason input").Change("Counted twice");
        screen.Dialogs.Find(".confirm-reason").Click();

        screen.Page.WaitForAssertion(() => Assert.Contains("Counted twice", screen.Page.Find(".payment-reversed").TextContent));
        Assert.Contains("Unpaid", Unpaid(screen).TextContent);
    }

    [Fact]
    public async Task The_purchases_list_shows_each_received_purchases_payment_status()
    {
        await host.Domain.Get<SupplierPaymentService>().RecordAsync(new SupplierPaymentInput(Tuesday, received.SupplierId, received.Id, 37_000m, SupplierPaymentMethod.Cash, null));

        var page = host.Render<Web.Features.Inventory.Purchases>();

        page.WaitForAssertion(() => Assert.Equal("Paid", page.Find(".payment-status").TextContent.Trim()));
    }
}
