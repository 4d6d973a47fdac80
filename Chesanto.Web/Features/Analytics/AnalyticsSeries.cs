using System.Globalization;
using Chesanto.Domain.Books;
using Chesanto.Domain.Inventory;

namespace Chesanto.Web.Features.Analytics;

/// <summary>A chart's categories and its named series, straight from the period summary (no second calculation).</summary>
public sealed record ChartFigures(string[] Labels, IReadOnlyList<(string Name, double[] Values)> Series);

/// <summary>A table of figures under a chart, also downloadable as CSV.</summary>
public sealed record FigureTable(string[] Header, IReadOnlyList<string[]> Rows)
{
    public string Csv() => string.Join("\r\n", new[] { Header }.Concat(Rows).Select(r => string.Join(",", r.Select(Quote)))) + "\r\n";

    /// <summary>A link the browser downloads as a file, so no JavaScript is needed.</summary>
    public string CsvHref() => "data:text/csv;charset=utf-8," + Uri.EscapeDataString(Csv());

    private static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}

/// <summary>The eight charts' figures (DOMAIN §8.2), each taken from <see cref="PeriodSummary"/> or the reorder statuses.</summary>
public static class AnalyticsSeries
{
    public const string Green = "#2e7d32", Red = "#c62828", Blue = "#1565c0", Transparent = "transparent";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal amount) => amount.ToString("N0", Invariant);
    public static string Plain(decimal amount) => amount.ToString("0.##", Invariant);

    /// <summary>
    /// Sales, then each cost stepping down, then net: a stacked bar whose first series is an invisible base. A loss
    /// shows as a red net bar of its size; the steps are clipped at zero (the table gives the exact figures).
    /// </summary>
    public static ChartFigures Waterfall(PeriodSummary s)
    {
        string[] labels = ["Sales", "Production cost", "Packaging", "Commission", s.Net >= 0 ? "Net" : "Net loss"];
        var afterProduction = s.Sales - s.ProductionCost;
        var afterPackaging = afterProduction - s.Packaging;
        double Step(decimal before, decimal after) => (double)(Math.Max(before, 0) - Math.Max(after, 0));
        double[] baseline = [0, (double)Math.Max(afterProduction, 0), (double)Math.Max(afterPackaging, 0), (double)Math.Max(s.Net, 0), 0];
        double[] good = [(double)s.Sales, 0, 0, 0, (double)Math.Max(s.Net, 0)];
        double[] loss = [0, Step(s.Sales, afterProduction), Step(afterProduction, afterPackaging), Step(afterPackaging, s.Net), (double)Math.Max(-s.Net, 0)];
        return new(labels, [("", baseline), ("Income", good), ("Costs", loss)]);
    }

    public static FigureTable WaterfallTable(PeriodSummary s) => new(["Line", "KES"],
    [
        ["Sales", Money(s.Sales)], ["Production cost", Money(-s.ProductionCost)], ["Gross", Money(s.Gross)],
        ["Packaging", Money(-s.Packaging)], ["Commission", Money(-s.Commission)], ["Net", Money(s.Net)],
        ["Margin", s.MarginPercent is { } m ? $"{m:0.##} %" : "—"],
    ]);

    public static ChartFigures Products(PeriodSummary s) => new(s.Products.Select(p => p.Product).ToArray(),
    [
        ("Sales", s.Products.Select(p => (double)p.Sales).ToArray()),
        ("Production cost", s.Products.Select(p => (double)p.ProductionCost).ToArray()),
        ("Net", s.Products.Select(p => (double)p.Net).ToArray()),
    ]);

    public static FigureTable ProductsTable(PeriodSummary s) => new(["Product", "Sold", "Sales", "Production cost", "Packaging", "Commission", "Net"],
        s.Products.Select(p => new[] { p.Product, p.Sold.ToString("N0", Invariant), Money(p.Sales), Money(p.ProductionCost), Money(p.Packaging), Money(p.Commission), Money(p.Net) }).ToList());

    /// <summary>Each product's part of the profit; a product at a loss has no slice (it is listed in the table).</summary>
    public static ChartFigures ProfitShare(PeriodSummary s)
    {
        var earning = s.Products.Where(p => p.Net > 0).ToList();
        return new(earning.Select(p => p.Product).ToArray(), [("Net", earning.Select(p => (double)p.Net).ToArray())]);
    }

    public static FigureTable ProfitShareTable(PeriodSummary s)
    {
        var positive = s.Products.Where(p => p.Net > 0).Sum(p => p.Net);
        return new(["Product", "Net", "Share"], s.Products.Select(p => new[]
        {
            p.Product, Money(p.Net), p.Net > 0 && positive > 0 ? $"{p.Net / positive * 100:0.#} %" : "loss",
        }).ToList());
    }

    /// <summary>Stock as a percentage of the reorder level (items are in different units), capped so one full store does not flatten the rest.</summary>
    public const double PercentCap = 300;

    public static IReadOnlyList<ReorderStatus> WithReorderLevel(IReadOnlyList<ReorderStatus> items) => items.Where(i => i.ReorderLevel > 0).ToList();

    public static double PercentOfReorder(ReorderStatus i) => Math.Min(PercentCap, Math.Max(0, (double)(i.Stock / i.ReorderLevel * 100)));

    public static ChartFigures Inventory(IReadOnlyList<ReorderStatus> items)
    {
        var shown = WithReorderLevel(items);
        return new(shown.Select(i => Shortened(i.ItemName)).ToArray(),
        [
            ("Below reorder level", shown.Select(i => i.Stock < i.ReorderLevel ? PercentOfReorder(i) : 0).ToArray()),
            ("At or above", shown.Select(i => i.Stock >= i.ReorderLevel ? PercentOfReorder(i) : 0).ToArray()),
        ]);
    }

    public static FigureTable InventoryTable(IReadOnlyList<ReorderStatus> items) => new(["Item", "In stock", "Reorder level", "Unit", "Level"],
        items.Select(i => new[] { i.ItemName, Plain(i.Stock), Plain(i.ReorderLevel), i.Unit, i.Stock < i.ReorderLevel ? "Below" : i.Level.ToString() }).ToList());

    public static string[] DayLabels(PeriodSummary s) => s.Days.Select(d => d.Day.ToString("d MMM", Invariant)).ToArray();

    public static ChartFigures Production(PeriodSummary s) => new(DayLabels(s),
    [
        ("Expected", s.Days.Select(d => (double)d.ExpectedPackets).ToArray()),
        ("Produced", s.Days.Select(d => (double)d.Produced).ToArray()),
    ]);

    public static FigureTable ProductionTable(PeriodSummary s) => new(["Day", "Expected packets", "Produced", "Difference"],
        s.Days.Select(d => new[] { Iso(d.Day), d.ExpectedPackets.ToString(Invariant), d.Produced.ToString(Invariant), (d.Produced - d.ExpectedPackets).ToString(Invariant) }).ToList());

    public static ChartFigures Banking(PeriodSummary s) => new(DayLabels(s),
    [
        ("Expected banking", s.Days.Select(d => (double)d.ExpectedBanking).ToArray()),
        ("Banked", s.Days.Select(d => (double)d.Banked).ToArray()),
    ]);

    public static FigureTable BankingTable(PeriodSummary s) => new(["Day", "Sales", "Expected banking", "Banked", "Deficit"],
        s.Days.Select(d => new[] { Iso(d.Day), Money(d.Sales), Money(d.ExpectedBanking), Money(d.Banked), Money(d.Deficit) }).ToList());

    public static ChartFigures DeficitMoney(PeriodSummary s) => new(DayLabels(s), [("Deficit (KES)", s.Days.Select(d => (double)d.Deficit).ToArray())]);

    public static ChartFigures DeficitCrates(PeriodSummary s) => new(DayLabels(s), [("Crates short", s.Days.Select(d => (double)d.CratesShort).ToArray())]);

    public static FigureTable DeficitTable(PeriodSummary s) => new(["Day", "Deficit", "Crates short"],
        s.Days.Select(d => new[] { Iso(d.Day), Money(d.Deficit), d.CratesShort.ToString(Invariant) }).ToList());

    /// <summary>Products best to worst by net.</summary>
    public static IReadOnlyList<ProductFigures> RankedProducts(PeriodSummary s) => s.Products.OrderByDescending(p => p.Net).ThenBy(p => p.Product).ToList();

    /// <summary>Salespeople best to worst: most sold, then the smaller deficit.</summary>
    public static IReadOnlyList<RecipientFigures> RankedRecipients(PeriodSummary s) =>
        s.Recipients.OrderByDescending(r => r.Sales).ThenBy(r => r.Deficit).ThenBy(r => r.Recipient).ToList();

    public static ChartFigures Recipients(PeriodSummary s)
    {
        var ranked = RankedRecipients(s);
        return new(ranked.Select(r => r.Recipient).ToArray(),
        [
            ("Sales", ranked.Select(r => (double)r.Sales).ToArray()),
            ("Deficit", ranked.Select(r => (double)r.Deficit).ToArray()),
        ]);
    }

    public static FigureTable RankingTable(PeriodSummary s) => new(["Rank", "Kind", "Name", "Sales", "Net or deficit", "Crates short"],
        RankedProducts(s).Select((p, i) => new[] { (i + 1).ToString(Invariant), "Product", p.Product, Money(p.Sales), Money(p.Net), "" })
            .Concat(RankedRecipients(s).Select((r, i) => new[] { (i + 1).ToString(Invariant), "Salesperson", r.Recipient, Money(r.Sales), Money(r.Deficit), r.CratesShort.ToString(Invariant) }))
            .ToList());

    /// <summary>Every n-th day keeps its label so a long range stays readable.</summary>
    public static string[] Thinned(string[] labels, int most = 12)
    {
        var every = Math.Max(1, (int)Math.Ceiling(labels.Length / (double)most));
        return labels.Select((l, i) => i % every == 0 ? l : "").ToArray();
    }

    /// <summary>Long item names overflow the rotated axis labels; the table below has them in full.</summary>
    public static string Shortened(string label, int most = 14) => label.Length <= most ? label : label[..(most - 1)].TrimEnd() + "…";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);
}
