using Chesanto.Benchmarks;

// Run with: dotnet run -c Release --project Chesanto.Benchmarks [-- scenario...]
var scenarios = new Dictionary<string, Func<Task>>
{
    ["receive-purchase"] = () => ReceivePurchase.RunAsync(runs: 200),
    ["record-batch"] = ProductionDayBench.RecordBatchesAsync,
    ["close-day"] = ProductionDayBench.CloseDayAsync,
    ["dispatch-settle"] = SalesBench.RunAsync,
    ["payroll-year"] = PayrollBench.RunAsync,
    ["export-10k"] = ExportBench.RunAsync,
    ["books-year"] = BooksBench.RunAsync,
};
var chosen = args.Length > 0 ? args : scenarios.Keys.ToArray();
foreach (var name in chosen)
{
    if (!scenarios.TryGetValue(name, out var run))
    {
        Console.Error.WriteLine($"Unknown scenario '{name}'. Known: {string.Join(", ", scenarios.Keys)}");
        return 1;
    }
    await run();
}
await ProductionDayBench.DisposeAsync();
return 0;
