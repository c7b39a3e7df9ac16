using System.Globalization;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Routing;

/// <summary>
/// Routes by the experts' rule signals: language, path globs (and exclusions), keywords in the
/// hunk's changed lines, and "always". Every matching signal adds to the score; an expert is
/// chosen when any signal matched, or when its analysis found something on the hunk (a hint).
/// </summary>
public sealed class RuleRouter : IRouter
{
    public async Task<RoutingPlan> RouteAsync(DiffSet diff, ExpertCatalog catalog, Task<IReadOnlyList<RoutingHit>> hints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(hints);
        var hits = await hints.ConfigureAwait(false);
        var decisions = new List<RouteDecision>();
        foreach (var file in diff.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var h = 0; h < file.Hunks.Count; h++)
            {
                decisions.Add(Decide(file, h, catalog, hits));
            }
        }

        return new RoutingPlan(decisions);
    }

    private static RouteDecision Decide(DiffFile file, int hunkIndex, ExpertCatalog catalog, IReadOnlyList<RoutingHit> hits)
    {
        var hunk = file.Hunks[hunkIndex];
        var changed = RuleSignals.ChangedText(hunk);
        var chosen = new List<string>();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var expert in catalog.Experts)
        {
            var signals = RuleSignals.Of(file.Path, changed, expert);
            if (signals.Any)
            {
                chosen.Add(expert.Id);
                scores[expert.Id] = signals.Score;
                reasons[expert.Id] = signals.Describe();
            }
            else if (hits.FirstOrDefault(x => x.Expert == expert.Id && x.Path == file.Path && hunk.ContainsNewLine(x.Line)) is { } hit)
            {
                chosen.Add(expert.Id);
                scores[expert.Id] = 1;
                reasons[expert.Id] = "analysis found " + hit.Reason;
            }
        }

        return new RouteDecision(file.Path, hunkIndex, hunk.Header, chosen, scores, reasons);
    }

    /// <summary>Formats a score for explanations.</summary>
    public static string Format(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
