using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>A commit's analysis hits, computed once and served to the router as its hints.</summary>
internal sealed class CachedHints(IReadOnlyList<RoutingHit> hits) : IRoutingHints
{
    public Task<IReadOnlyList<RoutingHit>> HitsAsync(DiffSet diff, ExpertCatalog catalog, CancellationToken cancellationToken) => Task.FromResult(hits);
}
