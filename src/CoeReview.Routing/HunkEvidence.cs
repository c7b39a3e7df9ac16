using CoeReview.Core.Routing;

namespace CoeReview.Routing;

/// <summary>
/// Everything the router knows about one hunk before it decides: the experts eligible for the
/// file (a matching rule signal, or no language or path restriction at all), their rule signals,
/// analysis hits and the neighbours nearest first.
/// </summary>
public sealed record HunkEvidence(
    string Path,
    int HunkIndex,
    string Hunk,
    int Tokens,
    IReadOnlySet<string> Eligible,
    IReadOnlyDictionary<string, RuleSignals> Signals,
    IReadOnlyDictionary<string, string> Hits,
    IReadOnlyList<(IndexedExample Example, double Similarity)> Neighbours)
{
    /// <summary>
    /// The experts shipped with the tool that are in the catalog; null when there are none (then
    /// every expert counts as built in). Only their confidence decides whether a hunk falls back,
    /// so an expert a user adds never takes the fallback away from them.
    /// </summary>
    public IReadOnlySet<string>? BuiltIn { get; init; }
}
