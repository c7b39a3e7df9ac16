using CoeReview.Core.Diff;

namespace CoeReview.Core.Pipeline;

/// <summary>Where a review's diff comes from: a git repo, a diff file, a pull request.</summary>
public interface IDiffSource
{
    Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken);
}
