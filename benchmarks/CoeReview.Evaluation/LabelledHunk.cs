using CoeReview.Core.Diff;
using CoeReview.Core.Routing;

namespace CoeReview.Evaluation;

/// <summary>A hunk with the experts that should see it, the template it came from, and the analysis hits a real run would have on it.</summary>
public sealed record LabelledHunk(DiffFile File, IReadOnlySet<string> Experts, string Template, IReadOnlyList<RoutingHit> Hits);
