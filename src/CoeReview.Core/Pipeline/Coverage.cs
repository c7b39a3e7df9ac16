using CoeReview.Core.Diff;

namespace CoeReview.Core.Pipeline;

/// <summary>How much of the diff was reviewed, and what was not, with reasons.</summary>
public sealed record Coverage(int Files, int Hunks, int ReviewedHunks, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>What backends did not send to an expert's model (token budgets and the like), with reasons.</summary>
    public IReadOnlyList<UnsentHunk> NotSent { get; init; } = [];

    /// <summary>The projects the analysis compiled, restored or degraded, with what was missing.</summary>
    public IReadOnlyList<ProjectCoverage> Projects { get; init; } = [];
}
