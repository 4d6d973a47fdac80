using System.Globalization;
using Chesanto.Domain.Sales;
using MudBlazor;

namespace Chesanto.Web.Features.Sales;

/// <summary>How sales figures read on the board, account and statement pages.</summary>
public static class BoardText
{
    /// <summary>A deficit above this is shown red rather than orange.</summary>
    public const decimal LargeDeficit = 500m;

    public static string Kes(decimal amount) => $"KES {amount.ToString("N0", CultureInfo.InvariantCulture)}";

    public static string Money(decimal amount) => amount.ToString(amount % 1 == 0 ? "N0" : "N2", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public static Color DeficitColor(decimal deficit) =>
        deficit > LargeDeficit ? Color.Error : deficit > 0 ? Color.Warning : Color.Default;

    public static string SettleHref(int recipientId, DateOnly day) => $"sales/settle/{recipientId}/{day:yyyy-MM-dd}";

    public static string AccountHref(int recipientId) => $"sales/account/{recipientId}";

    public static string Kind(RecipientKind kind) => kind switch
    {
        RecipientKind.RouteSalesman => "Route salesman",
        RecipientKind.CommissionAgent => "Commission agent",
        RecipientKind.RejectsBuyer => "Rejects buyer",
        _ => kind.ToString(),
    };
}
