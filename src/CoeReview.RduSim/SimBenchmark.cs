using System.Diagnostics;
using System.Globalization;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim;

/// <summary>
/// The speed target: a million requests over 850 experts (Zipf routing, batch 8) on an SN40L node
/// and a DGX H100, timed from scenario to result. Called by `coe-review sim benchmark`.
/// </summary>
public static class SimBenchmark
{
    public const int Requests = 1_000_000;
    public const int Experts = 850;

    /// <summary>Runs the benchmark and prints one line per machine; returns the slowest run's seconds.</summary>
    public static double Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scenario = SimJson.Parse<Scenario>(
            $$"""
            { "expertModel": "llama-2-7b", "experts": {{Experts}}, "routerModel": "llama-2-7b", "batchSize": 8,
              "promptTokens": 1024, "outputTokens": 200, "requests": {{Requests}}, "routing": "zipf:1.0", "seed": 42 }
            """,
            "benchmark");

        // Warm the JIT on a small run so the figure measures the simulator, not the compiler.
        NodeSimulator.Run(ScenarioBuilder.Build(scenario with { Requests = System.Text.Json.JsonDocument.Parse("1000").RootElement }, HardwareCatalog.Get("sn40l-node")));
        double slowest = 0;
        foreach (var name in new[] { "sn40l-node", "dgx-h100" })
        {
            var clock = Stopwatch.StartNew();
            var result = NodeSimulator.Run(ScenarioBuilder.Build(scenario, HardwareCatalog.Get(name)));
            var seconds = clock.Elapsed.TotalSeconds;
            slowest = Math.Max(slowest, seconds);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {Requests:N0} requests over {Experts} experts simulated in {seconds:F3} s ({result.Switches:N0} switches, simulated total {result.TotalMs / 1e3:F0} s)"));
        }

        return slowest;
    }
}
