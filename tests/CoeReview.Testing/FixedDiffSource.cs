using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;

namespace CoeReview.Testing;

/// <summary>A diff source that always returns the diff it was given, so pipeline tests need no git.</summary>
public sealed class FixedDiffSource(DiffSet diff) : IDiffSource
{
    public Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken) => Task.FromResult(diff);
}
