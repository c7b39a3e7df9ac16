namespace CoeReview.Core.Routing;

/// <summary>An expert that must see a new-file line, and why (e.g. the analysis rule that fired there).</summary>
public sealed record RoutingHit(string Path, int Line, string Expert, string Reason);
