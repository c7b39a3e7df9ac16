using CoeReview.Core.Diff;
using CoeReview.Core.Findings;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// Runs every analysis engine once per diff, however many experts ask, and hands each expert the
/// findings whose rules it owns in the files routed to it.
/// </summary>
public sealed class SharedAnalysis(IEnumerable<IAnalysisEngine> engines)
{
    private readonly IReadOnlyList<IAnalysisEngine> _engines = engines.ToList();
    private readonly Dictionary<(DiffSet, string), Task<IReadOnlyList<Finding>>> _runs = [];
    private readonly Lock _gate = new();

    /// <summary>The expert's analysis findings: from the engines it names, on rules it owns, in files it was routed.</summary>
    public async Task<IReadOnlyList<Finding>> ForExpertAsync(ExpertWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var paths = work.Tasks.Select(t => t.File.Path).ToHashSet(StringComparer.Ordinal);
        var found = new List<Finding>();
        foreach (var engine in _engines.Where(e => work.Expert.Analysis.Analyzers.Contains(e.Name, StringComparer.Ordinal)))
        {
            var all = await RunOnceAsync(engine, work.Diff, cancellationToken).ConfigureAwait(false);
            found.AddRange(all
                .Where(f => paths.Contains(f.Path) && work.Expert.Analysis.OwnsRule(f.RuleId))
                .Select(f => f with { Expert = work.Expert.Id, Severity = work.Expert.SeverityFor(f.RuleId, f.Severity) }));
        }

        return found;
    }

    public IReadOnlyList<string> EngineNames => _engines.Select(e => e.Name).ToList();

    private Task<IReadOnlyList<Finding>> RunOnceAsync(IAnalysisEngine engine, DiffSet diff, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_runs.TryGetValue((diff, engine.Name), out var run))
            {
                run = engine.AnalyzeAsync(diff, cancellationToken);
                _runs[(diff, engine.Name)] = run;
            }

            return run;
        }
    }
}
