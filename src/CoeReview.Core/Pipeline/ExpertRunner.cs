using System.Diagnostics;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// Turns a routing plan into expert work and runs the experts' models on a backend, experts in
/// parallel with bounded concurrency. An expert whose analysis engine failed is reported failed.
/// </summary>
public sealed class ExpertRunner(ICoeBackend backend, ReviewOptions options)
{
    /// <summary>One result per work item, in the same order.</summary>
    public async Task<IReadOnlyList<ExpertResult>> RunAsync(IReadOnlyList<ExpertWork> work, AnalysisResult analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(analysis);
        await backend.PrepareAsync(work.Where(w => w.Tasks.Count > 0).ToList(), cancellationToken).ConfigureAwait(false);
        var results = new ExpertResult[work.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, work.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = WithAnalysisFailure(await RunOneAsync(work[i], ct).ConfigureAwait(false), work[i], analysis)).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// One ExpertWork per catalog expert, in catalog order, with the expert's analysis findings in
    /// the files routed to it; an expert no hunk was routed to gets an empty one.
    /// </summary>
    public static IReadOnlyList<ExpertWork> BuildWork(DiffSet diff, RoutingPlan plan, ExpertCatalog catalog, AnalysisResult? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(catalog);
        var files = diff.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return catalog.Experts.Select(expert =>
        {
            var tasks = plan.Decisions
                .Where(d => d.Experts.Contains(expert.Id, StringComparer.Ordinal) && files.ContainsKey(d.Path))
                .Select(d => new ExpertTask(expert, files[d.Path], d.HunkIndex))
                .ToList();
            var found = analysis?.ForExpert(expert, tasks.Select(t => t.File.Path)) ?? [];
            return new ExpertWork(expert, tasks, diff) { Analysis = found };
        }).ToList();
    }

    private static ExpertResult WithAnalysisFailure(ExpertResult result, ExpertWork work, AnalysisResult analysis)
    {
        if (work.Tasks.Count == 0 || analysis.FailureFor(work.Expert) is not { } failure)
        {
            return result;
        }

        var reason = result.Reason is null ? failure : $"{failure}; {result.Reason}";
        return result with { Status = ExpertStatus.Failed, Reason = reason };
    }

    private async Task<ExpertResult> RunOneAsync(ExpertWork work, CancellationToken cancellationToken)
    {
        if (work.Tasks.Count == 0)
        {
            return ExpertResult.Skipped(work.Expert.Id, "no hunk routed to this expert");
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var result = await backend.RunAsync(work, cancellationToken).ConfigureAwait(false);
            return result.WallMs > 0 ? result : result with { WallMs = clock.Elapsed.TotalMilliseconds };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // An expert's crash must become a reported failure, not end the review.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ExpertResult.Failed(work.Expert.Id, $"{e.GetType().Name}: {e.Message}", work.Tasks.Count, wallMs: clock.Elapsed.TotalMilliseconds);
        }
    }
}
