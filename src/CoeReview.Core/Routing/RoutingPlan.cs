namespace CoeReview.Core.Routing;

/// <summary>The router's decisions for every hunk of a diff.</summary>
public sealed record RoutingPlan(IReadOnlyList<RouteDecision> Decisions)
{
    public int PairCount => Decisions.Sum(d => d.Experts.Count);

    /// <summary>Tokens the router's model read over all hunks (0 for a router without a model).</summary>
    public int RouterTokens => Decisions.Sum(d => d.Tokens);
}
