using CoeReview.Core.Routing;

namespace CoeReview.Evaluation;

/// <summary>The analysis hits a labelled set carries, served as routing hints in place of a real analysis run.</summary>
public static class LabelledHints
{
    public static Task<IReadOnlyList<RoutingHit>> Of(IReadOnlyList<LabelledHunk> hunks)
    {
        ArgumentNullException.ThrowIfNull(hunks);
        return RoutingHints.Of(hunks.SelectMany(h => h.Hits));
    }
}
