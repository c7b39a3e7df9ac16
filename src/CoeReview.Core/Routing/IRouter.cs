using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Routing;

/// <summary>Decides which experts review each hunk.</summary>
public interface IRouter
{
    /// <summary>
    /// Routes every hunk. <paramref name="hints"/> are the analysis stage's hits (an expert whose
    /// analysis found something on a hunk always sees it); a router awaits them only when it needs
    /// them, so its own work (embedding the hunks) runs while the analysis compiles.
    /// </summary>
    Task<RoutingPlan> RouteAsync(DiffSet diff, ExpertCatalog catalog, Task<IReadOnlyList<RoutingHit>> hints, CancellationToken cancellationToken);
}
