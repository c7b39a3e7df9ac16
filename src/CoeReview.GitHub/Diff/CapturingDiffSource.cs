using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;

namespace CoeReview.GitHub.Diff;

/// <summary>Keeps the diff a pipeline read, so the publisher can place comments on exactly those hunks.</summary>
public sealed class CapturingDiffSource(IDiffSource inner) : IDiffSource
{
    public DiffSet? Captured { get; private set; }

    public async Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken)
    {
        Captured = await inner.GetDiffAsync(cancellationToken).ConfigureAwait(false);
        return Captured;
    }
}
