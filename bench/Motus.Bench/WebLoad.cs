using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Motus.Bench;

/// <summary>
/// A bounded closed-loop load test of a running Motus web app on loopback: CLIENTS concurrent clients each send GET
/// requests (cycling through the given paths) until REQUESTS have been sent or SECONDS have passed; prints throughput
/// and latency percentiles. Refuses any address that is not loopback. Before timing, one request per distinct path (or
/// only the first WARMUP distinct paths) warms the server up; WARMUP 1 with as many distinct paths as requests measures
/// requests that find nothing cached.
/// </summary>
internal static class WebLoad
{
    public static async Task<int> RunAsync(string baseUrl, string token, IReadOnlyList<string> paths, int clients, int requests, int seconds, int warmup = -1)
    {
        var uri = new Uri(baseUrl);
        if (!uri.IsLoopback)
        {
            Console.Error.WriteLine($"web-load targets loopback only ({uri.Host} given).");
            return 1;
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var path in paths.Distinct().Take(warmup < 0 ? int.MaxValue : warmup))
        {
            using var warm = await http.GetAsync(path); // warm-up (JIT, EF model), not timed
            if (!warm.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"{path}: HTTP {(int)warm.StatusCode}");
                return 1;
            }
        }

        var latencies = new List<double>[clients];
        var sent = 0;
        var failures = 0;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            latencies[c] = [];
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var n = Interlocked.Increment(ref sent);
                if (n > requests)
                {
                    break;
                }

                var timer = Stopwatch.StartNew();
                using var response = await http.GetAsync(paths[n % paths.Count], HttpCompletionOption.ResponseContentRead);
                timer.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }

                latencies[c].Add(timer.Elapsed.TotalMilliseconds);
            }
        }));
        var elapsed = deadline.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double P(double q) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{all.Length} requests, {failures} failed, {clients} clients, {elapsed:F1} s: {all.Length / elapsed:F1} req/s; latency ms p50 {P(0.50):F1}, p95 {P(0.95):F1}, p99 {P(0.99):F1}, max {all[^1]:F1}"));
        return failures == 0 ? 0 : 2;
    }
}
