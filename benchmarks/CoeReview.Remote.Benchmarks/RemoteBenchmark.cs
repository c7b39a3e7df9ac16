using System.Diagnostics;
using System.Globalization;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Remote.Config;
using CoeReview.Remote.Tests.Fakes;
using CoeReview.Testing;

namespace CoeReview.Remote.Benchmarks;

/// <summary>
/// Issue 5's speed target: an endpoint with 200 ms latency and concurrency 8 serving 100
/// (hunk, expert) tasks — 25 hunks × 4 experts, one request each — must finish within 1.25× of
/// the ideal ceil(100/8) × 200 ms = 2600 ms. Runs the real ExpertRunner and RemoteBackend against
/// a loopback server.
/// </summary>
public static class RemoteBenchmark
{
    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        const int Hunks = 25;
        const int Concurrency = 8;
        var latency = TimeSpan.FromMilliseconds(200);
        var catalog = new ExpertCatalog(new[] { "security", "syntax", "performance", "tests" }.Select(id => ExpertSources.Load(null).Catalog.Find(id)!));
        var diff = Diff(Hunks);
        var tasks = Hunks * catalog.Experts.Count;
        var ideal = Math.Ceiling(tasks / (double)Concurrency) * latency.TotalMilliseconds;
        await using var server = new FakeChatServer(c => Scripted.Empty(c) with { Delay = latency });

        output.WriteLine($"remote backend: {tasks} (hunk, expert) tasks, endpoint latency {latency.TotalMilliseconds} ms, concurrency {Concurrency}");
        output.WriteLine($"ideal ceil({tasks}/{Concurrency}) x {latency.TotalMilliseconds} ms = {ideal} ms; target <= {ideal * 1.25} ms (1.25x)");
        var worst = 0.0;
        foreach (var (label, perRequest) in new[] { ("one hunk per request", 1), ("packed, up to 8 hunks per request", 8) })
        {
            _ = await OnceAsync(server.BaseUri, catalog, diff, Concurrency, perRequest, cancellationToken).ConfigureAwait(false); // warm-up: tokenizer, JIT, connections
            var runs = new List<(double Ms, int Requests)>();
            var firstRequestMs = new List<double>();
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            for (var i = 0; i < 3; i++)
            {
                var before = server.Calls.Count;
                var started = DateTimeOffset.UtcNow;
                var ms = await OnceAsync(server.BaseUri, catalog, diff, Concurrency, perRequest, cancellationToken).ConfigureAwait(false);
                runs.Add((ms, server.Calls.Count - before));
                firstRequestMs.Add((server.Calls.Skip(before).Min(c => c.At) - started).TotalMilliseconds);
            }

            self.Refresh();
            var cpuMs = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  planning before the first request: {string.Join(" / ", firstRequestMs.Select(m => m.ToString("0", CultureInfo.InvariantCulture)))} ms"));

            var median = runs.Select(r => r.Ms).Order().ElementAt(1);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  process CPU per request (client and fake server together): {cpuMs / runs.Sum(r => r.Requests):0.0} ms"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {runs[0].Requests} requests, runs {string.Join(" / ", runs.Select(r => r.Ms.ToString("0", CultureInfo.InvariantCulture)))} ms, median {median:0} ms = {median / ideal:0.00}x ideal; peak in flight {server.MaxInFlight}"));
            if (perRequest == 1)
            {
                worst = median / ideal;
            }
        }

        var (baseMs, baseCpu) = await BaselineAsync(server, tasks, Concurrency, cancellationToken).ConfigureAwait(false);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"floor: a bare HttpClient posting the same {tasks} bodies, {Concurrency} at a time: {baseMs:0} ms = {baseMs / ideal:0.00}x ideal, {baseCpu:0.0} ms CPU per request"));
        output.WriteLine(worst <= 1.25 ? "PASS: within 1.25x of ideal" : "FAIL: slower than 1.25x of ideal");
        return worst <= 1.25 ? 0 : 1;
    }

    /// <summary>The same traffic without the backend: what the machine and the fake server cost on their own.</summary>
    private static async Task<(double Ms, double CpuPerRequest)> BaselineAsync(FakeChatServer server, int requests, int concurrency, CancellationToken cancellationToken)
    {
        var body = server.Calls[^1].Body;
        using var http = new HttpClient();
        using var slots = new SemaphoreSlim(concurrency);
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, requests).Select(async i =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(new Uri(server.BaseUri, "chat/completions"), content, cancellationToken).ConfigureAwait(false);
                _ = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);
        var ms = clock.Elapsed.TotalMilliseconds;
        self.Refresh();
        return (ms, (self.TotalProcessorTime - cpu).TotalMilliseconds / requests);
    }

    private static async Task<double> OnceAsync(Uri endpoint, ExpertCatalog catalog, DiffSet diff, int concurrency, int perRequest, CancellationToken cancellationToken)
    {
        var options = new RemoteOptions
        {
            Defaults = new RemoteExpertOptions { Endpoint = endpoint.AbsoluteUri, Model = "bench", Concurrency = concurrency },
            MaxHunksPerRequest = perRequest,
        };
        using var backend = new RemoteBackend(options, _ => null);
        var plan = new RoutingPlan(diff.Files.SelectMany(f => f.Hunks.Select((h, i) => new RouteDecision(
            f.Path, i, h.Header, catalog.Experts.Select(e => e.Id).ToList(), new Dictionary<string, double>(), new Dictionary<string, string>()))).ToList());
        var clock = Stopwatch.StartNew();
        var results = await new ExpertRunner(backend, new ReviewOptions()).RunAsync(ExpertRunner.BuildWork(diff, plan, catalog), AnalysisResult.None, cancellationToken).ConfigureAwait(false);
        var ms = clock.Elapsed.TotalMilliseconds;
        if (results.Any(r => r.Status != ExpertStatus.Ok))
        {
            throw new InvalidOperationException("benchmark run failed: " + string.Join("; ", results.Select(r => r.Reason)));
        }

        return ms;
    }

    private static DiffSet Diff(int hunks)
    {
        var lines = Enumerable.Range(1, hunks * 10).Select(i => $"    int Field{i} = Compute({i});");
        var text = "class Many\n{\n" + string.Join('\n', lines) + "\n}\n";
        var added = Enumerable.Range(0, hunks).Select(i => 3 + (i * 10) + 5).ToArray();
        return TestDiffs.Set(TestDiffs.Modified("src/Many.cs", text, added), new Dictionary<string, string> { ["src/Many.cs"] = text });
    }
}
