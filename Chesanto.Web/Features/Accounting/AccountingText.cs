using Chesanto.Domain.Accounting;

namespace Chesanto.Web.Features.Accounting;

public static class AccountingText
{
    public static string Method(PaymentMethod method) => method switch
    {
        PaymentMethod.MPesa => "M-Pesa",
        PaymentMethod.PettyCash => "Petty cash",
        _ => method.ToString(),
    };

    public static string Money(decimal amount) => amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
}
