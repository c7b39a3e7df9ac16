using System.Globalization;
using CoeReview.Core.Routing;

namespace CoeReview.Routing;

/// <summary>
/// Turns a hunk's evidence into a decision. Per eligible expert: the share of the k nearest
/// examples' similarity it holds, blended with its nearest example's similarity, plus bonuses
/// for a matching path glob and keywords. Experts at or over the threshold are chosen; an expert
/// whose analysis found something on the hunk always is; when nothing is confident the hunk goes
/// to the fallback set.
/// </summary>
public static class RouteScorer
{
    private static readonly RuleSignals s_none = new(false, false, null, null, []);

    public static RouteDecision Decide(HunkEvidence evidence, EmbeddingRouterOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        var eligible = evidence.Eligible;
        var scores = Scores(evidence, eligible, options);
        var chosen = scores.Where(s => s.Value >= options.Threshold || s.Value > 0 && evidence.Signals.TryGetValue(s.Key, out var signal) && signal.Always).Select(s => s.Key).ToList();
        var fallback = chosen.Count == 0 && eligible.Count > 0;
        if (fallback)
        {
            chosen = eligible.Where(e => options.Fallback is null || options.Fallback.Contains(e, StringComparer.Ordinal)).ToList();
        }

        chosen.AddRange(evidence.Hits.Keys.Where(e => !chosen.Contains(e, StringComparer.Ordinal)));
        chosen.Sort(StringComparer.Ordinal);
        var reasons = chosen.ToDictionary(e => e, e => Explain(e, evidence, fallback, options), StringComparer.Ordinal);
        return new RouteDecision(evidence.Path, evidence.HunkIndex, evidence.Hunk, chosen, scores, reasons, fallback) { Tokens = evidence.Tokens };
    }

    /// <summary>The combined score of every eligible expert, rounded to two places.</summary>
    public static Dictionary<string, double> Scores(HunkEvidence evidence, IReadOnlySet<string> eligible, EmbeddingRouterOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(options);
        var candidates = evidence.Neighbours.Where(n => eligible.Contains(n.Example.Expert)).ToList();
        var top = candidates.Take(Math.Max(1, options.K)).ToList();
        var total = top.Sum(n => Math.Max(0, n.Similarity));
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var expert in eligible.Order(StringComparer.Ordinal))
        {
            var share = total <= 0 ? 0 : top.Where(n => n.Example.Expert == expert).Sum(n => Math.Max(0, n.Similarity)) / total;
            var nearest = candidates.FirstOrDefault(n => n.Example.Expert == expert).Similarity;
            var signals = evidence.Signals.GetValueOrDefault(expert) ?? s_none;
            var score = (options.VoteWeight * share) + ((1 - options.VoteWeight) * Math.Max(0, nearest))
                + (signals.PathGlob is null ? 0 : options.PathBonus)
                + (options.KeywordBonus * Math.Min(3, signals.Keywords.Count));
            scores[expert] = Math.Round(Math.Clamp(score, 0, 1), 2);
        }

        return scores;
    }

    private static string Explain(string expert, HunkEvidence evidence, bool fallback, EmbeddingRouterOptions options)
    {
        var parts = new List<string>();
        if (evidence.Hits.TryGetValue(expert, out var hit))
        {
            parts.Add("analysis found " + hit);
        }

        if (fallback)
        {
            parts.Add($"fallback: no expert reached {options.Threshold.ToString("0.###", CultureInfo.InvariantCulture)}");
        }

        var nearest = evidence.Neighbours.Where(n => n.Example.Expert == expert).Take(options.ExplainExamples)
            .Select(n => $"{n.Similarity.ToString("0.00", CultureInfo.InvariantCulture)} {(n.Example.IsDescription ? "description" : Quote(n.Example.Text))}");
        parts.Add("nearest " + string.Join(", ", nearest));
        if (evidence.Signals.TryGetValue(expert, out var signals) && signals.Any)
        {
            parts.Insert(0, signals.Describe());
        }

        return string.Join("; ", parts);
    }

    private static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return "\"" + (flat.Length > 60 ? flat[..57] + "..." : flat) + "\"";
    }
}
