using System.Diagnostics;

namespace Chesanto.Benchmarks;

/// <summary>Times one operation many times (after a warm-up) and prints mean, p50, p95 and max in milliseconds.</summary>
public static class Measurement
{
    public static async Task RunAsync(string name, int runs, Func<int, Task> prepare, Func<int, Task> operation, int warmup = 5)
    {
        for (var i = 0; i < warmup; i++) { await prepare(-1 - i); await operation(-1 - i); }
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            await prepare(i);
            var watch = Stopwatch.StartNew();
            await operation(i);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Print(name, times);
    }

    public static void Print(string name, List<double> times)
    {
        times.Sort();
        double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine($"{name,-40} n={times.Count,5}  mean={times.Average(),8:0.0} ms  p50={At(0.5),8:0.0} ms  p95={At(0.95),8:0.0} ms  max={times[^1],8:0.0} ms");
    }
}
