using System.Globalization;
using Chesanto.Domain.Common;
using Chesanto.Domain.Sales;

namespace Chesanto.Web.Features.Sales;

/// <summary>How sales figures read on screen.</summary>
public static class SalesText
{
    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, BusinessClock.Nairobi).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Method(BankingMethod method) => method == BankingMethod.Mpesa ? "M-Pesa" : method.ToString();

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
