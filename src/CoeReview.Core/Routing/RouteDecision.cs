namespace CoeReview.Core.Routing;

/// <summary>Which experts review one hunk, with a score per expert and why it was chosen.</summary>
public sealed record RouteDecision(
    string Path,
    int HunkIndex,
    string Hunk,
    IReadOnlyList<string> Experts,
    IReadOnlyDictionary<string, double> Scores,
    IReadOnlyDictionary<string, string> Reasons,
    bool Fallback = false)
{
    /// <summary>Tokens the router's model read for this hunk (0 for a router without a model), for cost accounting.</summary>
    public int Tokens { get; init; }
}
