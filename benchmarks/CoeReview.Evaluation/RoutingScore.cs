namespace CoeReview.Evaluation;

/// <summary>How well a routing plan matches the labels: recall over labelled (hunk, expert) pairs and sparsity.</summary>
public sealed record RoutingScore(
    double Recall,
    double ExpertsPerHunk,
    double LabelsPerHunk,
    double FallbackRate,
    IReadOnlyList<ExpertScore> Experts,
    IReadOnlyList<string> Misses)
{
    public static RoutingScore Of(IReadOnlyList<LabelledHunk> labelled, Core.Routing.RoutingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(plan);
        var pairs = labelled.Zip(plan.Decisions, (l, d) => (Label: l, Decision: d)).ToList();
        var labelledPairs = pairs.Sum(p => p.Label.Experts.Count);
        var found = pairs.Sum(p => p.Label.Experts.Count(e => p.Decision.Experts.Contains(e)));
        var ids = pairs.SelectMany(p => p.Label.Experts.Concat(p.Decision.Experts)).Distinct().Order(StringComparer.Ordinal);
        var experts = ids.Select(id =>
        {
            var wanted = pairs.Count(p => p.Label.Experts.Contains(id));
            var routed = pairs.Count(p => p.Decision.Experts.Contains(id));
            var both = pairs.Count(p => p.Label.Experts.Contains(id) && p.Decision.Experts.Contains(id));
            return new ExpertScore(id, wanted, routed, wanted == 0 ? 1 : (double)both / wanted, routed == 0 ? 1 : (double)both / routed);
        }).ToList();
        var misses = pairs.Where(p => p.Label.Experts.Any(e => !p.Decision.Experts.Contains(e)))
            .Select(p => $"{p.Label.Template} {p.Decision.Path}: wanted {string.Join(",", p.Label.Experts)} got {string.Join(",", p.Decision.Experts)} {string.Join(" ", p.Decision.Scores.Select(s => $"{s.Key}={s.Value:0.00}"))}")
            .ToList();
        return new RoutingScore(
            labelledPairs == 0 ? 1 : (double)found / labelledPairs,
            pairs.Count == 0 ? 0 : pairs.Average(p => p.Decision.Experts.Count),
            pairs.Count == 0 ? 0 : pairs.Average(p => p.Label.Experts.Count),
            pairs.Count == 0 ? 0 : pairs.Count(p => p.Decision.Fallback) / (double)pairs.Count,
            experts,
            misses);
    }
}
