namespace CoeReview.Core.Routing;

/// <summary>Routing hints that are known already (no analysis to wait for), for callers of <see cref="IRouter"/>.</summary>
public static class RoutingHints
{
    /// <summary>No hints: route by the router's own signals alone.</summary>
    public static Task<IReadOnlyList<RoutingHit>> None { get; } = Task.FromResult<IReadOnlyList<RoutingHit>>([]);

    public static Task<IReadOnlyList<RoutingHit>> Of(IEnumerable<RoutingHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return Task.FromResult<IReadOnlyList<RoutingHit>>(hits.ToList());
    }
}
