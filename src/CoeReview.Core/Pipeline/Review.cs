using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Routing;
using CoeReview.Core.Simulation;

namespace CoeReview.Core.Pipeline;

/// <summary>The finished review that reporters render.</summary>
public sealed record Review(
    string Repo,
    string Base,
    string Head,
    string Backend,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ExpertResult> Experts,
    RoutingPlan Routing,
    Coverage Coverage,
    SimulationReport? Simulation)
{
    /// <summary>The diff that was reviewed, for reporters that place comments on its lines (the merger always sets it).</summary>
    public DiffSet? Diff { get; init; }

    /// <summary>Findings the filter mode left out of the report.</summary>
    public int FilteredOut { get; init; }

    /// <summary>
    /// Findings of each expert the report does not show, by reason: the filter mode, a file outside
    /// the diff, or a duplicate merged into another finding. Findings plus these are what experts found.
    /// </summary>
    public IReadOnlyList<LeftOut> LeftOut { get; init; } = [];

    /// <summary>Real wall time of the whole review.</summary>
    public double WallMs { get; init; }

    /// <summary>True when any expert failed: the review is incomplete (exit code 3).</summary>
    public bool Incomplete => Experts.Any(e => e.Status == ExpertStatus.Failed || e.FailedTasks > 0);

    public bool HasFindingsAtOrAbove(Severity level) => Findings.Any(f => f.Severity >= level);
}
