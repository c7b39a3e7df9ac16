using CoeReview.Core.Diff;

namespace CoeReview.Core.Pipeline;

/// <summary>How much of the diff was reviewed, and what was not, with reasons.</summary>
public sealed record Coverage(int Files, int Hunks, int ReviewedHunks, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>What backends did not send to an expert's model (token budgets and the like), with reasons.</summary>
    public IReadOnlyList<UnsentHunk> NotSent { get; init; } = [];

    /// <summary>The projects the analysis compiled, restored or degraded, with what was missing.</summary>
    public IReadOnlyList<ProjectCoverage> Projects { get; init; } = [];

    /// <summary>Changed files not found on disk: only the diff's lines were seen, analysis could not run on them.</summary>
    public IReadOnlyList<SkippedFile> NotFound { get; init; } = [];

    /// <summary>True when part of the diff was reviewed with less than the full analysis (missing files or references).</summary>
    public bool Degraded => NotFound.Count > 0 || Projects.Any(p => !p.IsComplete);
}
