using System.Diagnostics;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// The review, stage by stage: diff → analysis → route (the analysis as hints) → the experts'
/// models on a backend → merge (analysis and model findings) → Review. Each stage is a small seam;
/// this only wires them.
/// </summary>
public sealed class ReviewPipeline(AnalysisStage analysis, IRouter router, ICoeBackend backend, ReviewOptions options)
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

        // The analysis starts first and the router awaits only its hits, so the router's own work
        // (loading the embedding model, embedding the hunks) runs while Roslyn compiles.
        var analysed = analysis.RunAsync(diff, catalog, cancellationToken);
        RoutingPlan plan;
        AnalysisResult found;
        using (StageProfile.Stage("analysis and route"))
        {
            plan = await router.RouteAsync(diff, catalog, HintsAsync(analysed, catalog), cancellationToken).ConfigureAwait(false);
            found = await analysed.ConfigureAwait(false);
        }

        var work = ExpertRunner.BuildWork(diff, plan, catalog, found);
        IReadOnlyList<ExpertResult> results;
        using (StageProfile.Stage("experts"))
        {
            results = await new ExpertRunner(backend, options).RunAsync(work, found, cancellationToken).ConfigureAwait(false);
        }

        var wallMs = clock.Elapsed.TotalMilliseconds;
        using var merge = StageProfile.Stage("merge");
        var simulation = backend.Simulation?.Summarize(results, wallMs);
        return new Merger(options).Merge(diff, found, plan, work, results, backend.Name, simulation) with { WallMs = wallMs };
    }

    /// <summary>The routing hints of an analysis still running.</summary>
    public static async Task<IReadOnlyList<RoutingHit>> HintsAsync(Task<AnalysisResult> analysis, ExpertCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return (await analysis.ConfigureAwait(false)).Hits(catalog);
    }
}
