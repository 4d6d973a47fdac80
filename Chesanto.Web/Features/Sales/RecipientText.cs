using System.Globalization;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Sales;

namespace Chesanto.Web.Features.Sales;

/// <summary>How recipients and their plans read on screen.</summary>
public static class RecipientText
{
    private static readonly CultureInfo Kenya = CultureInfo.GetCultureInfo("en-KE");

    public static string Title(this RecipientKind kind) => kind switch
    {
        RecipientKind.RouteSalesman => "Route salesman",
        RecipientKind.CommissionAgent => "Commission agent",
        RecipientKind.RejectsBuyer => "Rejects buyer",
        _ => kind.ToString(),
    };

    public static string Title(this PriceChannel channel) => channel.ToString();

    public static string Amount(decimal value) => value.ToString("#,0.##", Kenya);

    /// <summary>"5/10/5 per unit · 7 % over 35,000", in product order; "No commission" when the plan pays nothing.</summary>
    public static string Summary(CommissionPlan? plan)
    {
        if (plan is null) return "No plan";
        var parts = new List<string>();
        var rates = plan.Rates.OrderBy(r => r.ProductId).ToList();
        if (rates.Any(r => r.PerUnit > 0)) parts.Add(string.Join("/", rates.Select(r => Amount(r.PerUnit))) + " per unit");
        if (plan.DailyTarget is { } target && plan.BonusPercent > 0) parts.Add($"{Amount(plan.BonusPercent)} % over {Amount(target)}");
        return parts.Count == 0 ? "No commission" : string.Join(" · ", parts);
    }

    /// <summary>"Bread 5 · KDF 10 · Scones 5" for the plan history.</summary>
    public static string Rates(CommissionPlan plan, IReadOnlyList<PlanProduct> products)
    {
        var rates = plan.Rates.Where(r => r.PerUnit > 0).OrderBy(r => r.ProductId)
            .Select(r => $"{products.FirstOrDefault(p => p.Id == r.ProductId)?.Name ?? "?"} {Amount(r.PerUnit)}").ToList();
        return rates.Count == 0 ? "None" : string.Join(" · ", rates);
    }
}
