using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// Joins each expert's analysis findings (from the analysis stage) and its model's findings into
/// one review: fills snippet, fingerprint and inDiff, collapses
/// duplicates (same rule on the same line, or a model finding that corroborates an analysis one),
/// applies the filter mode and ranks.
/// </summary>
internal sealed class Merger(ReviewOptions options)
{
    /// <param name="diff">What was reviewed.</param>
    /// <param name="analysis">The analysis stage's result (its projects go into the coverage).</param>
    /// <param name="plan">The routing.</param>
    /// <param name="work">Each expert's work, with its analysis findings.</param>
    /// <param name="modelResults">Each expert's result from the backend: its model's findings only.</param>
    /// <param name="backend">The backend's name.</param>
    /// <param name="simulation">The backend's simulation summary, if it simulates.</param>
    public Review Merge(DiffSet diff, AnalysisResult analysis, RoutingPlan plan, IReadOnlyList<ExpertWork> work, IReadOnlyList<ExpertResult> modelResults, string backend, Simulation.SimulationReport? simulation)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(modelResults);
        var results = Join(work, modelResults);
        var files = diff.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var snippets = new SnippetReader(diff);
        var all = results.SelectMany(r => r.Findings).ToList();
        var merged = Collapse(all.Where(f => files.ContainsKey(f.Path)))
            .Select(f => f with { Snippet = snippets.Read(f), InDiff = InHunks(files[f.Path], f) })
            .ToList();
        var fingerprinted = merged
            .GroupBy(f => (f.RuleId, f.Path, f.Snippet))
            .SelectMany(g => g.OrderBy(f => f.Line).ThenBy(f => f.Column).Select((f, i) => f with { Fingerprint = Fingerprints.Compute(f.RuleId, f.Path, f.Snippet, i) }))
            .Select(f => f with { SummaryOnly = IsModelOnly(f) && f.Confidence < options.MinModelConfidence })
            .ToList();
        var kept = fingerprinted.Where(f => Keep(files[f.Path], f)).ToList();
        var ranked = kept
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var routedHunks = plan.Decisions.Count(d => d.Experts.Count > 0);
        var coverage = new Coverage(diff.Files.Count + diff.Skipped.Count, diff.HunkCount, routedHunks, diff.Skipped)
        {
            NotSent = results.SelectMany(r => r.NotSent).ToList(),
            NotFound = diff.NotFound.Where(n => files.ContainsKey(n.Path)).ToList(),
            Projects = analysis.Projects,
        };
        return new Review(diff.RepoRoot, diff.Base, diff.Head, backend, ranked, results, plan, coverage, simulation)
        {
            Diff = diff,
            FilteredOut = fingerprinted.Count - kept.Count,
            LeftOut = LeftOutCounts(results, all.Where(f => !files.ContainsKey(f.Path)), fingerprinted.Where(f => !Keep(files[f.Path], f)), ranked),
        };
    }

    /// <summary>An expert's findings in the review: its analysis findings, then its model's, whatever became of the model.</summary>
    public static ExpertResult Join(ExpertWork work, ExpertResult modelResult)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(modelResult);
        return work.Analysis.Count == 0 ? modelResult : modelResult with { Findings = [.. work.Analysis, .. modelResult.Findings] };
    }

    private static List<ExpertResult> Join(IReadOnlyList<ExpertWork> work, IReadOnlyList<ExpertResult> modelResults)
    {
        var byExpert = work.ToDictionary(w => w.Expert.Id, StringComparer.Ordinal);
        return modelResults.Select(r => byExpert.TryGetValue(r.ExpertId, out var w) ? Join(w, r) : r).ToList();
    }

    // Per expert: what its findings became, so reports count what they show and say why the rest is not shown.
    private List<LeftOut> LeftOutCounts(IReadOnlyList<ExpertResult> results, IEnumerable<Finding> otherFiles, IEnumerable<Finding> filtered, IReadOnlyList<Finding> shown)
    {
        var filterReason = options.Filter switch
        {
            FilterMode.Added => "outside the added lines",
            FilterMode.DiffContext => "outside the diff's hunks",
            _ => "left out by the filter",
        };
        var outside = otherFiles.GroupBy(f => f.Expert).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byFilter = filtered.GroupBy(f => f.Expert).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var counts = new List<LeftOut>();
        foreach (var r in results)
        {
            var o = outside.GetValueOrDefault(r.ExpertId);
            var f = byFilter.GetValueOrDefault(r.ExpertId);
            var duplicates = r.Findings.Count - o - f - shown.Count(x => x.Expert == r.ExpertId);
            // Rejected model findings never reach r.Findings; listing them here accounts for everything the expert produced.
            counts.AddRange(new[] { new LeftOut(r.ExpertId, filterReason, f), new LeftOut(r.ExpertId, "outside the changed files", o), new LeftOut(r.ExpertId, "merged into the same finding of another rule or expert", duplicates), new LeftOut(r.ExpertId, LeftOut.RejectedReason, r.Rejected) }.Where(x => x.Count > 0));
        }

        return counts;
    }

    private static bool IsModelOnly(Finding f) => f.Sources.Count > 0 && f.Sources.All(s => s == "model");

    private static IEnumerable<Finding> Collapse(IEnumerable<Finding> findings)
    {
        // Same rule on the same line from several experts, or equivalent rules of two analyzers
        // (CA1849 and COE-PERF-002): one finding, led by the one with a fix and the fuller message.
        var byRule = findings
            .GroupBy(f => (f.Path, f.Line, Rule: RuleEquivalence.Canonical(f.RuleId)))
            .Select(g => g.OrderByDescending(f => f.Suggestion is not null).ThenByDescending(f => f.Message.Length).ThenBy(f => f.RuleId, StringComparer.Ordinal).Aggregate(Combine))
            .ToList();

        // A model finding on the line and category of an analysis finding corroborates it.
        var analysis = byRule.Where(f => !IsModelOnly(f)).ToList();
        var result = new List<Finding>(analysis);
        foreach (var model in byRule.Where(IsModelOnly))
        {
            // Models often point at the first line of a multi-line statement an analyzer flagged
            // elsewhere in it: overlapping line ranges count as the same place.
            var match = result.FindIndex(a => !IsModelOnly(a) && a.Path == model.Path && Overlaps(a, model)
                && string.Equals(a.Category, model.Category, StringComparison.OrdinalIgnoreCase));
            if (match >= 0)
            {
                result[match] = Combine(result[match], model);
            }
            else
            {
                result.Add(model);
            }
        }

        return result;
    }

    private static bool Overlaps(Finding a, Finding b) =>
        a.Line <= Math.Max(b.Line, b.EndLine) && b.Line <= Math.Max(a.Line, a.EndLine);

    private static Finding Combine(Finding a, Finding b)
    {
        var sources = a.Sources.Concat(b.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var corroborated = sources.Count > 1;
        var confidence = corroborated ? 1 - ((1 - a.Confidence) * (1 - b.Confidence)) : Math.Max(a.Confidence, b.Confidence);
        return a with
        {
            Severity = (Severity)Math.Max((int)a.Severity, (int)b.Severity),
            Sources = sources,
            Confidence = Math.Round(confidence, 3),
            Message = b.Message.Length > a.Message.Length && corroborated ? b.Message : a.Message,
            Suggestion = a.Suggestion ?? b.Suggestion,
            EndLine = Math.Max(a.EndLine, b.EndLine),
            AlsoRuleIds = a.AlsoRuleIds.Append(b.RuleId).Concat(b.AlsoRuleIds).Where(id => id != a.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static bool InHunks(DiffFile file, Finding f)
    {
        for (var line = f.Line; line <= Math.Max(f.Line, f.EndLine); line++)
        {
            if (file.InHunks(line))
            {
                return true;
            }
        }

        return false;
    }

    private bool Keep(DiffFile file, Finding f) => options.Filter switch
    {
        FilterMode.Added => Enumerable.Range(f.Line, Math.Max(1, f.EndLine - f.Line + 1)).Any(file.AddedLines.Contains),
        FilterMode.DiffContext => f.InDiff,
        _ => true,
    };
}
