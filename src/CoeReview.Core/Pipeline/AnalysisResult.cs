using CoeReview.Core.Experts;
using CoeReview.Core.Findings;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// What the analysis stage found in a diff: each engine's findings (Expert left empty), the
/// engines that failed and why, and the projects compiled. Experts, the router and the merger all
/// read this one result; nothing runs an engine twice.
/// </summary>
public sealed class AnalysisResult
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Finding>> _byEngine;

    public AnalysisResult(
        IReadOnlyDictionary<string, IReadOnlyList<Finding>> byEngine,
        IReadOnlyDictionary<string, string> failures,
        IReadOnlyList<ProjectCoverage> projects)
    {
        ArgumentNullException.ThrowIfNull(byEngine);
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(projects);
        _byEngine = byEngine;
        Failures = failures;
        Projects = projects;
    }

    /// <summary>No engine ran (a review without analysis, or a diff with nothing to analyse).</summary>
    public static AnalysisResult None { get; } = new(new Dictionary<string, IReadOnlyList<Finding>>(), new Dictionary<string, string>(), []);

    /// <summary>Why an engine failed, by engine name: the experts that own it are reported failed, the others are not affected.</summary>
    public IReadOnlyDictionary<string, string> Failures { get; }

    /// <summary>The projects the engines compiled and how, for the report's coverage.</summary>
    public IReadOnlyList<ProjectCoverage> Projects { get; }

    /// <summary>
    /// The expert's analysis: findings of the engines it names, on rules it owns, in the given
    /// files, attributed to it at its own severity.
    /// </summary>
    public IReadOnlyList<Finding> ForExpert(ExpertDefinition expert, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.ToHashSet(StringComparer.Ordinal);
        return expert.Analysis.Analyzers
            .Where(_byEngine.ContainsKey)
            .SelectMany(engine => _byEngine[engine])
            .Where(f => files.Contains(f.Path) && expert.Analysis.OwnsRule(f.RuleId))
            .Select(f => f with { Expert = expert.Id, Severity = expert.SeverityFor(f.RuleId, f.Severity) })
            .ToList();
    }

    /// <summary>Why the expert's analysis is incomplete (an engine it names failed), or null.</summary>
    public string? FailureFor(ExpertDefinition expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        var failed = expert.Analysis.Analyzers.Where(Failures.ContainsKey).ToList();
        return failed.Count == 0 ? null : string.Join("; ", failed.Select(e => $"analysis engine '{e}' failed: {Failures[e]}"));
    }

    /// <summary>
    /// The routing hints: every (line, expert) a finding lands on, for each expert that names the
    /// engine and owns the rule, so the router never routes those experts away from that hunk.
    /// </summary>
    public IReadOnlyList<RoutingHit> Hits(ExpertCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return _byEngine
            .SelectMany(run => run.Value.SelectMany(finding => catalog.Experts
                .Where(x => x.Analysis.Analyzers.Contains(run.Key, StringComparer.Ordinal) && x.Analysis.OwnsRule(finding.RuleId))
                .Select(x => new RoutingHit(finding.Path, finding.Line, x.Id, $"{run.Key} {finding.RuleId}"))))
            .ToList();
    }
}
