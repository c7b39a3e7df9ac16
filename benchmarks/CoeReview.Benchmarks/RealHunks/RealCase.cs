using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;
using CoeReview.Routing;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>A labelled real hunk with what the router knows about it and what the rules router decided.</summary>
internal sealed record RealCase(HunkLabel Label, string Split, HunkEvidence Evidence, RouteDecision Rules, DiffFile File, ExpertCatalog Catalog);
