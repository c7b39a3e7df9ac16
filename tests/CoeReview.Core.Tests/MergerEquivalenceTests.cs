using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Testing;

namespace CoeReview.Core.Tests;

/// <summary>Issue #13: one problem, one finding, when two analyzers' equivalent rules flag the same line.</summary>
public sealed class MergerEquivalenceTests
{
    private static Finding Blocking(string ruleId, string message, string? suggestion) =>
        TestFindings.At(5) with { RuleId = ruleId, Category = "sync-over-async", Severity = Severity.Warning, Message = message, Suggestion = suggestion, Expert = "performance" };

    [Fact]
    public void CA1849_and_COE_PERF_002_on_the_same_line_are_one_finding_with_both_rule_ids_and_the_better_message()
    {
        // Given NetAnalyzers' CA1849 and our COE-PERF-002 on the same .Result
        var netAnalyzers = Blocking("CA1849", "'Task.Result' synchronously blocks. Await instead.", null);
        var ours = Blocking("COE-PERF-002", ".Result blocks a thread until the task finishes, which starves the thread pool and can deadlock.", "Make the caller async and await the task.");

        // When they are merged
        var review = new Merger(new ReviewOptions()).Merge(TestDiffs.OneFile(), AnalysisResult.None, new Core.Routing.RoutingPlan([]), [], [new ExpertResult("performance", ExpertStatus.Ok, null, 1, [netAnalyzers, ours], 1)], "test", null);

        // Then one finding remains, with the message that explains and fixes, and both ids
        var finding = Assert.Single(review.Findings);
        Assert.Equal("COE-PERF-002", finding.RuleId);
        Assert.Equal(["CA1849"], finding.AlsoRuleIds);
        Assert.Equal(ours.Message, finding.Message);
        Assert.Equal(ours.Suggestion, finding.Suggestion);
        Assert.Contains(review.LeftOut, l => l.Expert == "performance" && l.Count == 1 && l.Reason.StartsWith("merged", StringComparison.Ordinal));
    }

    [Fact]
    public void Equivalent_rules_on_different_lines_stay_two_findings()
    {
        var first = Blocking("CA1849", "a", null);
        var second = Blocking("COE-PERF-002", "b", null) with { Line = 6, EndLine = 6 };

        var review = new Merger(new ReviewOptions { Filter = FilterMode.NoFilter }).Merge(TestDiffs.OneFile(), AnalysisResult.None, new Core.Routing.RoutingPlan([]), [], [new ExpertResult("performance", ExpertStatus.Ok, null, 1, [first, second], 1)], "test", null);

        Assert.Equal(2, review.Findings.Count);
        Assert.All(review.Findings, f => Assert.Empty(f.AlsoRuleIds));
    }

    [Fact]
    public void Every_equivalent_rule_maps_to_our_rule_and_our_rules_map_to_themselves()
    {
        Assert.Equal("COE-PERF-002", RuleEquivalence.Canonical("CA1849"));
        Assert.Equal("COE-PERF-002", RuleEquivalence.Canonical("COE-PERF-002"));
        Assert.Equal("CA2000", RuleEquivalence.Canonical("CA2000"));
        Assert.All(RuleEquivalence.Pairs, p => Assert.StartsWith("COE-", p.Key, StringComparison.Ordinal));
    }
}
