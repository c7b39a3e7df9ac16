using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Routing;

/// <summary>Decides which experts review each hunk.</summary>
public interface IRouter
{
    Task<RoutingPlan> RouteAsync(DiffSet diff, ExpertCatalog catalog, CancellationToken cancellationToken);
}
