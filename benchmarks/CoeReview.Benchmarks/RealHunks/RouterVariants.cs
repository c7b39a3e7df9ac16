using CoeReview.Routing;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>The router settings the benchmark compares: the shipped defaults first, then without the analysis hits.</summary>
internal static class RouterVariants
{
    public static IEnumerable<(string Name, EmbeddingRouterOptions Options, bool Hits)> All()
    {
        yield return ("embedding", new EmbeddingRouterOptions(), true);
        yield return ("embedding, no analysis hits", new EmbeddingRouterOptions(), false);
    }

    /// <summary>The grid that <c>--sweep</c> scores on the calibration repositories.</summary>
    public static IEnumerable<(string Name, EmbeddingRouterOptions Options)> Sweep()
    {
        foreach (var security in new[] { 0.45, 0.5, 0.55 })
        {
            foreach (var performance in new[] { 0.35, 0.38, 0.4 })
            {
                foreach (var syntax in new[] { 0.26, 0.28, 0.3 })
                {
                    var thresholds = new Dictionary<string, double> { ["syntax"] = syntax, ["security"] = security, ["performance"] = performance, ["tests"] = 0.5 };
                    yield return ($"sec {security:0.00} perf {performance:0.00} syntax {syntax:0.00}", new EmbeddingRouterOptions { Thresholds = thresholds });
                }
            }
        }
    }
}
