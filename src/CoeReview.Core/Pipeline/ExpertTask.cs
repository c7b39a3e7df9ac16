using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Pipeline;

/// <summary>One (hunk, expert) pair the router chose.</summary>
public sealed record ExpertTask(ExpertDefinition Expert, DiffFile File, int HunkIndex)
{
    public DiffHunk Hunk => File.Hunks[HunkIndex];
}
