using CoeReview.Core.Diff;
using CoeReview.Core.Findings;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// A deterministic analysis over the whole diff (Roslyn, for instance). It runs once per review and
/// experts take the findings whose rules they own; Expert is left empty in what it returns.
/// </summary>
public interface IAnalysisEngine
{
    string Name { get; }

    Task<IReadOnlyList<Finding>> AnalyzeAsync(DiffSet diff, CancellationToken cancellationToken);

    /// <summary>The projects an analysis of the diff compiled and how (empty for engines without a project model); valid once AnalyzeAsync finished.</summary>
    IReadOnlyList<ProjectCoverage> ProjectsOf(DiffSet diff) => [];
}
