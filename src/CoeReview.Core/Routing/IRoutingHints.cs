using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Routing;

/// <summary>
/// Facts known before routing that oblige an expert to see a line: today, the findings of the
/// analysis it owns. A router that is given hints always includes the hinted experts on the hunk.
/// </summary>
public interface IRoutingHints
{
    Task<IReadOnlyList<RoutingHit>> HitsAsync(DiffSet diff, ExpertCatalog catalog, CancellationToken cancellationToken);
}
