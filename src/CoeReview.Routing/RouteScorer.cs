using System.Globalization;
using CoeReview.Core.Routing;

namespace CoeReview.Routing;

/// <summary>
/// Turns a hunk's evidence into a decision. Each eligible expert is judged on its own evidence
/// alone, never against the others, so an expert that is added can only add routes:
/// <list type="bullet">
/// <item>its score (its nearest example's similarity, optionally blended with its share of the k
/// nearest, plus bonuses for a matching path glob and keywords) reaching the threshold chooses it;</item>
/// <item>its own rule signals (a path glob, a keyword, <c>always</c>) choose it whatever the score,
/// when <see cref="EmbeddingRouterOptions.SignalsRoute"/> is on; the language is eligibility, not a signal;</item>
/// <item>its analysis hits on the hunk always choose it;</item>
/// <item>when no built-in expert is chosen, the hunk also goes to the fallback set. Only the built-in
/// experts decide that, so a confident user expert never takes the fallback away from them.</item>
/// </list>
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
        var chosen = scores.Where(s => s.Value >= options.ThresholdFor(s.Key) || s.Value > 0 && SignalsOf(evidence, s.Key).Always)
            .Select(s => s.Key)
            .Concat(options.SignalsRoute ? eligible.Where(e => Routes(SignalsOf(evidence, e))) : [])
            .ToHashSet(StringComparer.Ordinal);
        var judges = evidence.BuiltIn is { Count: > 0 } builtIn ? builtIn : eligible;
        var fallback = eligible.Count > 0 && !chosen.Any(judges.Contains);
        if (fallback)
        {
            chosen.UnionWith(eligible.Where(e => options.Fallback is null || options.Fallback.Contains(e, StringComparer.Ordinal)));
        }

        chosen.UnionWith(evidence.Hits.Keys);
        var experts = chosen.Order(StringComparer.Ordinal).ToList();
        var reasons = experts.ToDictionary(e => e, e => Explain(e, evidence, fallback, options), StringComparer.Ordinal);
        return new RouteDecision(evidence.Path, evidence.HunkIndex, evidence.Hunk, experts, scores, reasons, fallback) { Tokens = evidence.Tokens };
    }

    /// <summary>
    /// The combined score of every eligible expert, rounded to two places. The vote share of a built-in
    /// expert is counted among the built-in experts, a user expert's among them and itself, so that no
    /// expert's score depends on which other user experts exist.
    /// </summary>
    public static Dictionary<string, double> Scores(HunkEvidence evidence, IReadOnlySet<string> eligible, EmbeddingRouterOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(options);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var expert in eligible.Order(StringComparer.Ordinal))
        {
            var nearest = evidence.Neighbours.FirstOrDefault(n => n.Example.Expert == expert).Similarity;
            var share = options.VoteWeight == 0 ? 0 : Share(evidence, eligible, expert, options.K);
            var signals = SignalsOf(evidence, expert);
            var score = (options.VoteWeight * share) + ((1 - options.VoteWeight) * Math.Max(0, nearest))
                + (signals.PathGlob is null ? 0 : options.PathBonus)
                + (options.KeywordBonus * Math.Min(3, signals.Keywords.Count));
            scores[expert] = Math.Round(Math.Clamp(score, 0, 1), 2);
        }

        return scores;
    }

    /// <summary>True when the signals name the hunk for the expert: a path glob, a keyword or always (language alone does not).</summary>
    public static bool Routes(RuleSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return !signals.Excluded && (signals.Always || signals.PathGlob is not null || signals.Keywords.Count > 0);
    }

    private static double Share(HunkEvidence evidence, IReadOnlySet<string> eligible, string expert, int k)
    {
        var pool = evidence.BuiltIn is { Count: > 0 } builtIn ? builtIn : eligible;
        var top = evidence.Neighbours
            .Where(n => eligible.Contains(n.Example.Expert) && (n.Example.Expert == expert || pool.Contains(n.Example.Expert)))
            .Take(Math.Max(1, k))
            .ToList();
        var total = top.Sum(n => Math.Max(0, n.Similarity));
        return total <= 0 ? 0 : top.Where(n => n.Example.Expert == expert).Sum(n => Math.Max(0, n.Similarity)) / total;
    }

    private static RuleSignals SignalsOf(HunkEvidence evidence, string expert) => evidence.Signals.GetValueOrDefault(expert) ?? s_none;

    private static string Explain(string expert, HunkEvidence evidence, bool fallback, EmbeddingRouterOptions options)
    {
        var parts = new List<string>();
        if (evidence.Signals.TryGetValue(expert, out var signals) && signals.Any)
        {
            parts.Add(signals.Describe());
        }

        if (evidence.Hits.TryGetValue(expert, out var hit))
        {
            parts.Add("analysis found " + hit);
        }

        if (fallback)
        {
            parts.Add($"fallback: no built-in expert reached {options.ThresholdFor(expert).ToString("0.###", CultureInfo.InvariantCulture)}");
        }

        var nearest = evidence.Neighbours.Where(n => n.Example.Expert == expert).Take(options.ExplainExamples)
            .Select(n => $"{n.Similarity.ToString("0.00", CultureInfo.InvariantCulture)} {(n.Example.IsDescription ? "description" : Quote(n.Example.Text))}");
        parts.Add("nearest " + string.Join(", ", nearest));
        return string.Join("; ", parts);
    }

    private static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return "\"" + (flat.Length > 60 ? flat[..57] + "..." : flat) + "\"";
    }
}
