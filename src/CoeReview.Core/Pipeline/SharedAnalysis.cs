using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Findings;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// Runs every analysis engine once per diff, however many experts ask, and hands each expert the
/// findings whose rules it owns in the files routed to it. As routing hints it tells a router which
/// experts' analysis found something on which lines, so those experts are never routed away.
/// </summary>
public sealed class SharedAnalysis(IEnumerable<IAnalysisEngine> engines) : IRoutingHints
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

    /// <summary>Every (line, expert) an engine's finding lands on, for the experts that own its rule; runs the engines once.</summary>
    public async Task<IReadOnlyList<RoutingHit>> HitsAsync(DiffSet diff, ExpertCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(catalog);
        var hits = new List<RoutingHit>();
        foreach (var engine in _engines.Where(e => catalog.Experts.Any(x => x.Analysis.Analyzers.Contains(e.Name, StringComparer.Ordinal))))
        {
            var all = await RunOnceAsync(engine, diff, cancellationToken).ConfigureAwait(false);
            foreach (var finding in all)
            {
                hits.AddRange(catalog.Experts
                    .Where(x => x.Analysis.Analyzers.Contains(engine.Name, StringComparer.Ordinal) && x.Analysis.OwnsRule(finding.RuleId))
                    .Select(x => new RoutingHit(finding.Path, finding.Line, x.Id, $"{engine.Name} {finding.RuleId}")));
            }
        }

        return hits;
    }

    /// <summary>The projects every finished engine run compiled, for the report's coverage.</summary>
    public IReadOnlyList<ProjectCoverage> Projects
    {
        get
        {
            lock (_gate)
            {
                return _runs.Where(r => r.Value.IsCompletedSuccessfully)
                    .SelectMany(r => _engines.First(e => e.Name == r.Key.Item2).ProjectsOf(r.Key.Item1))
                    .DistinctBy(p => p.Path).OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
            }
        }
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
