using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Testing;

namespace CoeReview.Core.Tests;

public sealed class MergerTests
{
    private static Review Merge(DiffSet diff, FilterMode filter, params Finding[] findings)
    {
        var result = new ExpertResult("syntax", ExpertStatus.Ok, null, 1, findings, 1);
        return new Merger(new ReviewOptions { Filter = filter }).Merge(diff, AnalysisResult.None, new RoutingPlan([]), [], [result], "test", null);
    }

    [Fact]
    public void Merger_keeps_only_findings_on_added_lines_in_added_mode()
    {
        var review = Merge(TestDiffs.OneFile(), FilterMode.Added, TestFindings.At(5), TestFindings.At(8), TestFindings.At(15));

        Assert.Equal([5], review.Findings.Select(f => f.Line));
        Assert.Equal(2, review.FilteredOut);
    }

    [Fact]
    public void Merger_keeps_context_lines_in_diff_context_mode_and_everything_in_nofilter_mode()
    {
        var diff = TestDiffs.OneFile();

        var context = Merge(diff, FilterMode.DiffContext, TestFindings.At(5), TestFindings.At(8), TestFindings.At(15));
        var all = Merge(diff, FilterMode.NoFilter, TestFindings.At(5), TestFindings.At(8), TestFindings.At(15));

        Assert.Equal([5, 8], context.Findings.Select(f => f.Line));
        Assert.Equal([5, 8, 15], all.Findings.Select(f => f.Line));
        Assert.False(all.Findings.Single(f => f.Line == 15).InDiff);
        Assert.True(all.Findings.Single(f => f.Line == 8).InDiff);
    }

    [Fact]
    public void Merger_collapses_the_same_rule_on_the_same_line_from_two_experts()
    {
        var review = Merge(TestDiffs.OneFile(), FilterMode.Added, TestFindings.At(5, expert: "syntax"), TestFindings.At(5, expert: "security"));

        Assert.Single(review.Findings);
    }

    [Fact]
    public void Merger_joins_a_model_finding_that_corroborates_an_analysis_finding()
    {
        var model = TestFindings.At(5, rule: "COE-MODEL", source: "model", confidence: 0.6) with { Message = "A longer explanation from the model of the same problem." };

        var review = Merge(TestDiffs.OneFile(), FilterMode.Added, TestFindings.At(5, confidence: 0.8), model);

        var finding = Assert.Single(review.Findings);
        Assert.Equal(["model", "roslyn"], finding.Sources);
        Assert.Equal(0.92, finding.Confidence, 3);
        Assert.Equal(model.Message, finding.Message);
    }

    [Fact]
    public void Fingerprint_survives_the_code_moving_to_another_line()
    {
        // Given the same flagged statement at line 5 and, after an insertion above it, at line 9
        var before = TestDiffs.OneFile("l1\nl2\nl3\nl4\nint x = \"a\";\nl6");
        var after = TestDiffs.OneFile("new\nnew\nnew\nnew\nl1\nl2\nl3\nl4\n    int   x = \"a\";\nl6");

        // When both are merged
        var first = Merge(before, FilterMode.NoFilter, TestFindings.At(5)).Findings.Single();
        var second = Merge(after, FilterMode.NoFilter, TestFindings.At(9)).Findings.Single();

        // Then the fingerprint is the same and the snippet normalized
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal("int x = \"a\";", first.Snippet);
        Assert.Matches("^[0-9a-f]{16}$", first.Fingerprint);
    }

    [Fact]
    public void Fingerprints_differ_for_two_identical_statements_in_one_file()
    {
        var diff = TestDiffs.OneFile("same();\nl2\nl3\nl4\nsame();\nsame();");

        var review = Merge(diff, FilterMode.NoFilter, TestFindings.At(5), TestFindings.At(6));

        Assert.Equal(2, review.Findings.Select(f => f.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void Merger_marks_low_confidence_model_findings_as_summary_only()
    {
        var review = Merge(TestDiffs.OneFile(), FilterMode.Added, TestFindings.At(5, rule: "COE-M", source: "model", confidence: 0.3), TestFindings.At(6, rule: "COE-M", source: "model", confidence: 0.9));

        Assert.True(review.Findings.Single(f => f.Line == 5).SummaryOnly);
        Assert.False(review.Findings.Single(f => f.Line == 6).SummaryOnly);
    }

    [Fact]
    public void Merger_ranks_errors_before_warnings_and_keeps_failures_in_the_review()
    {
        var warning = TestFindings.At(5) with { Severity = Severity.Warning, RuleId = "W1" };
        var error = TestFindings.At(6) with { RuleId = "E1" };
        var failed = ExpertResult.Failed("security", "endpoint down", 3);
        var ok = new ExpertResult("syntax", ExpertStatus.Ok, null, 1, [warning, error], 1);

        var review = new Merger(new ReviewOptions()).Merge(TestDiffs.OneFile(), AnalysisResult.None, new RoutingPlan([]), [], [ok, failed], "test", null);

        Assert.Equal(["E1", "W1"], review.Findings.Select(f => f.RuleId));
        Assert.True(review.Incomplete);
        Assert.True(review.HasFindingsAtOrAbove(Severity.Error));
    }
}
