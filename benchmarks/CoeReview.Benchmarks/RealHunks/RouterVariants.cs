using CoeReview.Routing;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>The router settings the benchmark compares: the shipped defaults first.</summary>
internal static class RouterVariants
{
    public static IEnumerable<(string Name, EmbeddingRouterOptions Options)> All()
    {
        yield return ("embedding (defaults)", new EmbeddingRouterOptions());
    }
}
