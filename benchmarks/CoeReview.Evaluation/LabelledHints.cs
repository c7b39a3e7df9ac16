using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;

namespace CoeReview.Evaluation;

/// <summary>The analysis hits a labelled set carries, served as routing hints in place of a real analysis run.</summary>
public sealed class LabelledHints(IReadOnlyList<LabelledHunk> hunks) : IRoutingHints
{
    public Task<IReadOnlyList<RoutingHit>> HitsAsync(DiffSet diff, ExpertCatalog catalog, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoutingHit>>(hunks.SelectMany(h => h.Hits).ToList());
}
