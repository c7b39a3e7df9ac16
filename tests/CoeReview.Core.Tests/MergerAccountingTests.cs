using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Testing;

namespace CoeReview.Core.Tests;

/// <summary>Issue #12: nothing is dropped silently; every finding an expert produced is shown or left out with a reason.</summary>
public sealed class MergerAccountingTests
{
    [Fact]
    public void Every_finding_an_expert_produced_is_shown_or_left_out_with_a_reason()
    {
        // Given one expert's findings: shown, off the added lines, in a file outside the diff, a duplicate, and two its model's reply check rejected
        var produced = new[]
        {
            TestFindings.At(5),
            TestFindings.At(8),
            TestFindings.At(5) with { Path = "src/Other.cs" },
            TestFindings.At(5) with { Message = "the same problem, said again" },
        };
        var result = new ExpertResult("syntax", ExpertStatus.Ok, null, 1, produced, 1) { Rejected = 2 };

        // When merged
        var review = new Merger(new ReviewOptions()).Merge(TestDiffs.OneFile(), AnalysisResult.None, new RoutingPlan([]), [], [result], "test", null);

        // Then each one is accounted for, by reason
        Assert.Single(review.Findings);
        Assert.Equal(
            [("outside the added lines", 1), ("outside the changed files", 1), ("merged into the same finding of another rule or expert", 1), (LeftOut.RejectedReason, 2)],
            review.LeftOut.Select(l => (l.Reason, l.Count)));
        Assert.Equal(produced.Length + result.Rejected, review.Findings.Count + review.LeftOut.Sum(l => l.Count));
    }
}
