using CoeReview.Core.Routing;

namespace CoeReview.Routing;

/// <summary>Everything the router knows about one hunk before it decides: rule signals, analysis hits and neighbours.</summary>
public sealed record HunkEvidence(
    string Path,
    int HunkIndex,
    string Hunk,
    int Tokens,
    IReadOnlyDictionary<string, RuleSignals> Signals,
    IReadOnlyDictionary<string, string> Hits,
    IReadOnlyList<(IndexedExample Example, double Similarity)> Neighbours);
