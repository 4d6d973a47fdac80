using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Suppliers;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Tests.Domain.Suppliers;

public sealed class SupplierPaymentTests : IAsyncLifetime
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private readonly DomainHost host = new();
    private int flour, pembe, mumias;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<CatalogSeeder>().SeedAsync();
        await host.Get<StockSeeder>().SeedAsync();
        await host.Get<SupplierSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
        flour = (await host.Get<CatalogService>().ListItemsAsync()).Single(i => i.Name == "Wheat Flour").Id;
        var suppliers = await Purchases.ListSuppliersAsync();
        pembe = suppliers.Single(s => s.Name == "Pembe Flour Mills Ltd").Id;
        mumias = suppliers.Single(s => s.Name == "Mumias Sugar Company").Id;
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private PurchaseService Purchases => host.Get<PurchaseService>();
    private SupplierPaymentService Payments => host.Get<SupplierPaymentService>();

    /// <summary>10 bags at 3,700 = KES 37,000, ordered and (unless told not to) received.</summary>
    private async Task<Purchase> FlourAsync(bool receive = true, DateOnly? date = null)
    {
        var draft = await Purchases.CreateDraftAsync(new PurchaseInput(pembe, date ?? Tuesday, null, null, [new PurchaseLineInput(flour, 10m, 3_700m)]));
        var ordered = await Purchases.OrderAsync(draft.Id, draft.Version);
        return receive ? await Purchases.ReceiveAsync(ordered.Id, ordered.Version) : ordered;
    }

    private static SupplierPaymentInput Pay(int supplier, int? purchase, decimal amount,
        SupplierPaymentMethod method = SupplierPaymentMethod.MPesa, string? reference = null, DateOnly? date = null) =>
        new(date ?? Tuesday, supplier, purchase, amount, method, method == SupplierPaymentMethod.Cash ? reference : reference ?? $"QK{amount:0}");

    [Fact]
    public async Task A_purchases_status_goes_from_unpaid_to_part_paid_to_paid_as_payments_come_in()
    {
        var purchase = await FlourAsync();
        Assert.Equal((PaymentStatus.Unpaid, 37_000m), Status(await Payments.PurchaseBalancesAsync(), purchase.Id));

        await Payments.RecordAsync(Pay(pembe, purchase.Id, 20_000m, SupplierPaymentMethod.Cash));
        Assert.Equal((PaymentStatus.PartPaid, 17_000m), Status(await Payments.PurchaseBalancesAsync(), purchase.Id));

        await Payments.RecordAsync(Pay(pembe, purchase.Id, 17_000m, SupplierPaymentMethod.Bank, "TRF-991"));
        Assert.Equal((PaymentStatus.Paid, 0m), Status(await Payments.PurchaseBalancesAsync(), purchase.Id));
        Assert.Empty(await Payments.UnpaidAsync());
    }

    private static (PaymentStatus, decimal) Status(IReadOnlyDictionary<int, PurchaseBalance> balances, int id) =>
        (balances[id].Status, balances[id].Owed);

    [Fact]
    public async Task A_payment_is_not_an_expense_the_purchase_was_expensed_once_on_receipt()
    {
        var purchase = await FlourAsync();
        await Payments.RecordAsync(Pay(pembe, purchase.Id, 37_000m));

        await using var db = await host.NewDbAsync();
        var expense = Assert.Single(await db.Expenses.ToListAsync());
        Assert.Equal((37_000m, PaymentMethod.Credit, purchase.Id), (expense.Total, expense.PaymentMethod, expense.PurchaseId));
    }

    [Fact]
    public async Task Paying_more_than_is_owed_nothing_or_a_purchase_not_yet_received_is_refused_at_its_field()
    {
        var received = await FlourAsync();
        var ordered = await FlourAsync(receive: false);

        var over = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(Pay(pembe, received.Id, 37_000.01m)));
        var zero = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(Pay(pembe, received.Id, 0m)));
        var notIn = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(Pay(pembe, ordered.Id, 100m)));
        var wrongSupplier = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(Pay(mumias, received.Id, 100m)));
        var onAccount = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(Pay(mumias, null, 100m)));

        Assert.Equal(nameof(SupplierPayment.Amount), over.Field);
        Assert.Contains("37,000.00", over.Message);
        Assert.Equal(nameof(SupplierPayment.Amount), zero.Field);
        Assert.Equal(nameof(SupplierPayment.PurchaseId), notIn.Field);
        Assert.Equal(nameof(SupplierPayment.PurchaseId), wrongSupplier.Field);
        Assert.Equal(nameof(SupplierPayment.Amount), onAccount.Field);
        Assert.Empty(await Payments.PaymentsAsync());
    }

    [Fact]
    public async Task A_bank_or_mpesa_reference_is_used_once_per_supplier_and_cash_needs_none()
    {
        var purchase = await FlourAsync();
        await Payments.RecordAsync(Pay(pembe, purchase.Id, 1_000m, reference: "QKX12"));

        var again = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(Pay(pembe, purchase.Id, 1_000m, SupplierPaymentMethod.Bank, " qkx12 ")));
        var missing = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(new SupplierPaymentInput(Tuesday, pembe, purchase.Id, 1_000m, SupplierPaymentMethod.MPesa, " ")));
        await Payments.RecordAsync(Pay(pembe, purchase.Id, 500m, SupplierPaymentMethod.Cash));

        Assert.Equal(nameof(SupplierPayment.Reference), again.Field);
        Assert.Equal(nameof(SupplierPayment.Reference), missing.Field);
        Assert.Equal(35_500m, (await Payments.PurchaseBalancesAsync())[purchase.Id].Owed);
    }

    [Fact]
    public async Task A_payment_dated_in_a_closed_month_is_refused_and_so_is_its_reversal()
    {
        var purchase = await FlourAsync(date: new DateOnly(2026, 10, 20));
        var october = await Payments.RecordAsync(Pay(pembe, purchase.Id, 5_000m, date: new DateOnly(2026, 10, 31)));
        await host.Get<AccountingPeriods>().CloseAsync(2026, 10);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(Pay(pembe, purchase.Id, 1_000m, date: new DateOnly(2026, 10, 30))));
        var reversal = await Assert.ThrowsAsync<DomainException>(() => Payments.ReverseAsync(october.Id, october.Version, "Wrong month"));

        Assert.Equal(nameof(SupplierPayment.Date), refused.Field);
        Assert.Contains("October 2026", refused.Message);
        Assert.Contains("closed", reversal.Message);
        await Payments.RecordAsync(Pay(pembe, purchase.Id, 1_000m));
    }

    [Fact]
    public async Task A_reversed_payment_stays_on_record_and_what_it_paid_is_owed_again()
    {
        var purchase = await FlourAsync();
        var payment = await Payments.RecordAsync(Pay(pembe, purchase.Id, 37_000m));

        var noReason = await Assert.ThrowsAsync<DomainException>(() => Payments.ReverseAsync(payment.Id, payment.Version, " "));
        var reversed = await Payments.ReverseAsync(payment.Id, payment.Version, "Paid to the wrong till");
        await Assert.ThrowsAsync<DomainException>(() => Payments.ReverseAsync(reversed.Id, reversed.Version, "Again"));

        Assert.Equal("Reason", noReason.Field);
        var kept = Assert.Single(await Payments.PaymentsAsync());
        Assert.True(kept.IsReversed);
        Assert.Equal(("Paid to the wrong till", "accountant@chesanto.test"), (kept.ReversalReason, kept.ReversedByName));
        Assert.Equal((PaymentStatus.Unpaid, 37_000m), Status(await Payments.PurchaseBalancesAsync(), purchase.Id));
        // The same reference may be used again once its payment is reversed.
        await Payments.RecordAsync(Pay(pembe, purchase.Id, 37_000m));
    }

    [Fact]
    public async Task Two_clerks_paying_the_last_shilling_at_once_exactly_one_succeeds()
    {
        var purchase = await FlourAsync();
        await Payments.RecordAsync(Pay(pembe, purchase.Id, 36_000m, SupplierPaymentMethod.Cash));

        var attempts = new[] { "QKA", "QKB" }.Select(reference => Task.Run(async () =>
        {
            try { await host.Get<SupplierPaymentService>().RecordAsync(Pay(pembe, purchase.Id, 1_000m, reference: reference)); return true; }
            catch (DomainException) { return false; }
        }));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, ok => ok);
        Assert.Equal((PaymentStatus.Paid, 0m), Status(await Payments.PurchaseBalancesAsync(), purchase.Id));
        Assert.Equal(2, (await Payments.PaymentsAsync()).Count);
    }

    [Fact]
    public async Task A_payment_on_account_settles_the_oldest_purchase_first_and_balances_add_up()
    {
        var older = await FlourAsync(date: Tuesday.AddDays(-3));
        var newer = await FlourAsync();
        await Payments.RecordAsync(Pay(pembe, null, 40_000m, SupplierPaymentMethod.Bank, "TRF-1"));

        var statuses = await Payments.PurchaseBalancesAsync();
        Assert.Equal(PaymentStatus.Paid, statuses[older.Id].Status);
        Assert.Equal((PaymentStatus.PartPaid, 34_000m), Status(statuses, newer.Id));
        var balance = Assert.Single(await Payments.BalancesAsync());
        Assert.Equal(("Pembe Flour Mills Ltd", 2, 74_000m, 40_000m, 34_000m, Tuesday), (balance.Supplier, balance.ReceivedPurchases, balance.Received, balance.Paid, balance.Owed, balance.OldestUnpaid));
        var refused = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(Pay(pembe, null, 34_000.5m)));
        Assert.Contains("34,000.00", refused.Message);
    }

    [Fact]
    public async Task Only_the_accountant_pays_suppliers()
    {
        var purchase = await FlourAsync();
        host.ActAs(await host.CreateUserAsync("store@chesanto.test", Role.ProductManager));

        await Assert.ThrowsAsync<PermissionDeniedException>(() => Payments.RecordAsync(Pay(pembe, purchase.Id, 100m)));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Payments.BalancesAsync());
        Assert.Equal(PaymentStatus.Unpaid, (await Payments.PurchaseBalancesAsync())[purchase.Id].Status);
    }
}
