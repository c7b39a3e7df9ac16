using System.Globalization;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Routing;

/// <summary>
/// Routes by the experts' rule signals: language, path globs (and exclusions), keywords in the
/// hunk's changed lines, and "always". Every matching signal adds to the score; an expert is
/// chosen when any signal matched.
/// </summary>
public sealed class RuleRouter : IRouter
{
    public Task<RoutingPlan> RouteAsync(DiffSet diff, ExpertCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(catalog);
        var decisions = new List<RouteDecision>();
        foreach (var file in diff.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var h = 0; h < file.Hunks.Count; h++)
            {
                decisions.Add(Decide(file, h, catalog));
            }
        }

        return Task.FromResult(new RoutingPlan(decisions));
    }

    private static RouteDecision Decide(DiffFile file, int hunkIndex, ExpertCatalog catalog)
    {
        var hunk = file.Hunks[hunkIndex];
        var changed = string.Join('\n', hunk.Lines.Where(l => l.Kind != DiffLineKind.Context).Select(l => l.Text));
        var language = LanguageMap.Of(file.Path);
        var chosen = new List<string>();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var expert in catalog.Experts)
        {
            var routing = expert.Routing;
            if (routing.ExcludePaths.Any(g => Glob.IsMatch(g, file.Path)))
            {
                continue;
            }

            var why = new List<string>();
            double score = 0;
            if (routing.Always)
            {
                why.Add("always");
                score += 0.5;
            }

            if (routing.Languages.Contains(language, StringComparer.Ordinal) || routing.Languages.Contains("any", StringComparer.Ordinal))
            {
                why.Add("language " + language);
                score += 0.4;
            }

            var glob = routing.Paths.FirstOrDefault(g => Glob.IsMatch(g, file.Path));
            if (glob is not null)
            {
                why.Add("path matches " + glob);
                score += 0.3;
            }

            var keywords = routing.Keywords.Where(k => changed.Contains(k, StringComparison.Ordinal)).Take(3).ToList();
            if (keywords.Count > 0)
            {
                why.Add("keywords " + string.Join(", ", keywords));
                score += 0.3 + (0.1 * (keywords.Count - 1));
            }

            if (why.Count > 0)
            {
                chosen.Add(expert.Id);
                scores[expert.Id] = Math.Round(Math.Min(1.0, score), 2);
                reasons[expert.Id] = string.Join("; ", why);
            }
        }

        return new RouteDecision(file.Path, hunkIndex, hunk.Header, chosen, scores, reasons);
    }

    /// <summary>Formats a score for explanations.</summary>
    public static string Format(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
