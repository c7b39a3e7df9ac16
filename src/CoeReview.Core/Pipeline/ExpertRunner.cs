using System.Diagnostics;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Pipeline;

/// <summary>Turns a routing plan into expert work and runs it on a backend, experts in parallel with bounded concurrency.</summary>
public sealed class ExpertRunner(ICoeBackend backend, ReviewOptions options)
{
    public async Task<IReadOnlyList<ExpertResult>> RunAsync(DiffSet diff, RoutingPlan plan, ExpertCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(catalog);
        var work = BuildWork(diff, plan, catalog);
        await backend.PrepareAsync(work.Where(w => w.Tasks.Count > 0).ToList(), cancellationToken).ConfigureAwait(false);
        var results = new ExpertResult[work.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, work.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await RunOneAsync(work[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    /// <summary>One ExpertWork per catalog expert, in catalog order; an expert no hunk was routed to gets an empty one.</summary>
    public static IReadOnlyList<ExpertWork> BuildWork(DiffSet diff, RoutingPlan plan, ExpertCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(catalog);
        var files = diff.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return catalog.Experts.Select(expert => new ExpertWork(
            expert,
            plan.Decisions
                .Where(d => d.Experts.Contains(expert.Id, StringComparer.Ordinal) && files.ContainsKey(d.Path))
                .Select(d => new ExpertTask(expert, files[d.Path], d.HunkIndex))
                .ToList(),
            diff)).ToList();
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
