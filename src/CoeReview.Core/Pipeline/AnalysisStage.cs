using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Findings;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// The analysis stage, DiffSet → AnalysisResult: runs each deterministic engine that a selected
/// expert names, once, side by side. An engine that crashes is recorded in the result (its
/// experts are reported failed); it does not end the review or hide the other engines' findings.
/// </summary>
public sealed class AnalysisStage(IEnumerable<IAnalysisEngine> engines)
{
    private readonly IReadOnlyList<IAnalysisEngine> _engines = engines.ToList();

    public async Task<AnalysisResult> RunAsync(DiffSet diff, ExpertCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(catalog);
        var needed = _engines
            .Where(e => catalog.Experts.Any(x => x.Analysis.Analyzers.Contains(e.Name, StringComparer.Ordinal)))
            .DistinctBy(e => e.Name)
            .ToList();
        if (needed.Count == 0)
        {
            return AnalysisResult.None;
        }

        // On the pool, so that the caller (the router embedding hunks) works while Roslyn compiles.
        var runs = needed.Select(e => (Engine: e, Run: Task.Run(() => e.AnalyzeAsync(diff, cancellationToken), cancellationToken))).ToList();
        var found = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (engine, run) in runs)
        {
            try
            {
                found[engine.Name] = await run.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // An engine's crash fails the experts that own it, reported with the reason; the review goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[engine.Name] = $"{e.GetType().Name}: {e.Message}";
            }
        }

        var projects = needed.Where(e => found.ContainsKey(e.Name))
            .SelectMany(e => e.ProjectsOf(diff))
            .DistinctBy(p => p.Path)
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToList();
        return new AnalysisResult(found, failures, projects);
    }
}
