using System.Diagnostics;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Pipeline;

/// <summary>Diff → route → run experts → merge. Each stage is a small seam; this only wires them.</summary>
public sealed class ReviewPipeline(IRouter router, ICoeBackend backend, ReviewOptions options)
{
    public async Task<Review> RunAsync(IDiffSource source, ExpertCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(catalog);
        var clock = Stopwatch.StartNew();
        DiffSet diff;
        using (StageProfile.Stage("diff"))
        {
            diff = await source.GetDiffAsync(cancellationToken).ConfigureAwait(false);
        }

        RoutingPlan plan;
        using (StageProfile.Stage("route (analysis hints included)"))
        {
            plan = await router.RouteAsync(diff, catalog, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<ExpertResult> results;
        using (StageProfile.Stage("experts"))
        {
            results = await new ExpertRunner(backend, options).RunAsync(diff, plan, catalog, cancellationToken).ConfigureAwait(false);
        }

        var wallMs = clock.Elapsed.TotalMilliseconds;
        using var merge = StageProfile.Stage("merge");
        var simulation = backend.Simulation?.Summarize(results, wallMs);
        return new Merger(options).Merge(diff, plan, results, backend.Name, simulation) with { WallMs = wallMs };
    }
}
