using System.Text.Json;

namespace CoeReview.RduSim.Simulation;

/// <summary>
/// Mean request latency against the number of experts: flat while they all fit in HBM, then
/// rising with the miss rate 1 − C/N times the switch cost. The knee sits at C. Latency here is
/// service latency, so lanes idle for lack of experts do not read as queueing.
/// </summary>
internal static class KneeSweep
{
    public static IReadOnlyList<(int Experts, double MeanLatencyMs)> Run(SimSetup template, IReadOnlyList<int> counts, int requests = 3000, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(counts);
        var prompt = (int)Math.Max(1, template.Requests.Count == 0 ? 512 : template.Requests.Average(r => r.PromptTokens));
        var output = (int)Math.Max(1, template.Requests.Count == 0 ? 20 : template.Requests.Average(r => r.OutputTokens));
        var points = new List<(int, double)>();
        foreach (var n in counts)
        {
            var sampler = RoutingSampler.Parse("uniform", n, seed);
            var list = new SimRequest[requests];
            for (var i = 0; i < requests; i++)
            {
                list[i] = new SimRequest(sampler.Next(), prompt, output);
            }

            // Batch 1: a request never shares its expert with a batch-mate, so only residency moves the curve.
            var setup = template with { Experts = n, Requests = list, BatchSize = 1, HbmSlots = null, Policy = "lru", TimelineLimit = 0 };
            points.Add((n, NodeSimulator.Run(setup).MeanServiceLatencyMs));
        }

        return points;
    }

    /// <summary>Expert counts from 5 to past every machine's HBM capacity, about 40 points.</summary>
    public static IReadOnlyList<int> Counts(int scenarioExperts, params int[] capacities)
    {
        var max = Math.Max(scenarioExperts, capacities.DefaultIfEmpty(10).Max() * 3);
        max = Math.Clamp(max, 20, 1000);
        var step = Math.Max(1, max / 40);
        return Enumerable.Range(0, (max / step) + 1).Select(i => Math.Max(1, i * step)).Distinct().ToList();
    }

    internal static JsonElement Count(int n) => JsonDocument.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement;
}
