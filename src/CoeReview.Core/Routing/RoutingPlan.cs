namespace CoeReview.Core.Routing;

/// <summary>The router's decisions for every hunk of a diff.</summary>
public sealed record RoutingPlan(IReadOnlyList<RouteDecision> Decisions)
{
    public int PairCount => Decisions.Sum(d => d.Experts.Count);
}
