using CoeReview.Core.Findings;

namespace CoeReview.SecuritySuite;

/// <summary>
/// Scores findings against the cases' flows: a finding counts for the flow of the method enclosing its
/// line, and only when its category is the case's. Findings of other categories are not scored.
/// </summary>
internal static class FlowScorer
{
    public static SuiteScore Score(string tool, IReadOnlyList<CaseFlows> cases, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(findings);
        var caseOfPath = cases.SelectMany(c => c.Case.Files.Select(f => (Path: c.Case.RepoPath(f), Case: c)))
            .ToDictionary(x => x.Path, x => x.Case, StringComparer.Ordinal);
        var misses = new List<string>();
        var scores = new List<CategoryScore>();
        foreach (var category in JulietCategories.Names)
        {
            var inCategory = cases.Where(c => c.Case.Category == category).ToList();
            if (inCategory.Count == 0)
            {
                continue;
            }

            var hits = findings.Where(f => f.Category == category && caseOfPath.TryGetValue(f.Path, out var c) && c.Case.Category == category)
                .Select(f => (Finding: f, Case: caseOfPath[f.Path], Method: caseOfPath[f.Path].MethodAt(f.Path, f.Line)))
                .ToList();
            int tp = 0, fp = 0, fn = 0, sink = 0;
            foreach (var c in inCategory)
            {
                var ofCase = hits.Where(h => h.Case == c).ToList();
                var bad = ofCase.Where(h => h.Method?.Flow == FlowKey.Bad).ToList();
                if (bad.Count > 0)
                {
                    tp++;
                    if (bad.Any(h => NearSink(h.Finding, c.BadSink)))
                    {
                        sink++;
                    }
                    else
                    {
                        misses.Add($"TP-off-sink {category} {c.Case.Name}: {bad[0].Finding.Path}:{bad[0].Finding.Line} ({bad[0].Finding.RuleId}), sink {Where(c.BadSink)}");
                    }
                }
                else
                {
                    fn++;
                    misses.Add($"FN {category} {c.Case.Name} bad: sink {Where(c.BadSink)}");
                }

                foreach (var flow in c.SafeFlows)
                {
                    var flagged = ofCase.Where(h => h.Method?.Flow == flow).ToList();
                    if (flagged.Count > 0)
                    {
                        fp++;
                        misses.AddRange(flagged.Select(h => $"FP {category} {c.Case.Name} {flow}: {h.Finding.Path}:{h.Finding.Line} {h.Method!.Method} ({h.Finding.RuleId})"));
                    }
                }
            }

            // Helpers and drivers (Good(), PrivateReturnsTrue, field initialisers) belong to no flow: each flagged member is one false positive.
            var unattributed = hits.Where(h => h.Method?.Flow is null).GroupBy(h => (h.Finding.Path, h.Method?.Method)).ToList();
            misses.AddRange(unattributed.SelectMany(g => g.Select(h =>
                $"FP-unattributed {category} {h.Case.Case.Name}: {h.Finding.Path}:{h.Finding.Line} {h.Method?.Method ?? "(outside methods)"} ({h.Finding.RuleId})")));
            scores.Add(new CategoryScore(category, tp, fp + unattributed.Count, fn, unattributed.Count, sink));
        }

        return new SuiteScore(tool, scores, misses);
    }

    private static bool NearSink(Finding f, SinkLine? sink) =>
        sink is not null && f.Path == sink.Path && sink.Line >= f.Line - 1 && sink.Line <= Math.Max(f.Line, f.EndLine) + 1;

    private static string Where(SinkLine? sink) => sink is null ? "(no POTENTIAL FLAW mark)" : $"{sink.Path}:{sink.Line} {sink.Method}";
}
