using System.Text.Json.Nodes;
using CoeReview.Cli.Reporting;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #12: what a report leaves out is counted with its reason, in JSON coverage and in SARIF.</summary>
public sealed class DroppedAccountingTests
{
    private static Finding At(int line, string expert = "syntax") =>
        new(expert, "CS0029", "compile-error", Severity.Error, "a.cs", line, line, 1, "Wrong type.", null, ["roslyn"], 1);

    private static Review With(IReadOnlyList<Finding> findings, params LeftOut[] leftOut) =>
        new("/r", "", "DIFF", "rdu-sim", findings, [], new RoutingPlan([]), new Coverage(1, 1, 1, []), null) { LeftOut = leftOut };

    [Fact]
    public void The_json_report_lists_what_it_left_out_under_coverage_dropped()
    {
        var review = With([At(3)], new LeftOut("syntax", "outside the added lines", 2), new LeftOut("security", LeftOut.RejectedReason, 1));

        var dropped = JsonRenderer.ToJson(review)["coverage"]!["dropped"]!.AsArray();

        Assert.Equal(2, dropped.Count);
        Assert.Equal("syntax", (string?)dropped[0]!["expert"]);
        Assert.Equal("outside the added lines", (string?)dropped[0]!["reason"]);
        Assert.Equal(2, (int)dropped[0]!["count"]!);
        Assert.Equal(LeftOut.RejectedReason, (string?)dropped[1]!["reason"]);
    }

    [Fact]
    public void A_json_report_that_left_nothing_out_has_an_empty_dropped_list()
    {
        var dropped = JsonRenderer.ToJson(With([At(3)]))["coverage"]!["dropped"]!.AsArray();

        Assert.Empty(dropped);
    }

    [Fact]
    public void A_sarif_run_over_the_results_cap_says_how_many_it_left_out_and_why()
    {
        // Given more findings than code scanning accepts in one run
        var findings = Enumerable.Range(1, SarifRenderer.MaxResults + 3).Select(i => At(i, i % 2 == 0 ? "syntax" : "security")).ToList();

        // When written as SARIF
        var run = SarifRenderer.ToSarif(With(findings))["runs"]![0]!;

        // Then the run holds the cap, flags itself capped, and notifies with the count
        Assert.Equal(SarifRenderer.MaxResults, run["results"]!.AsArray().Count);
        Assert.True((bool)run["properties"]!["capped"]!);
        var dropped = run["properties"]!["dropped"]!.AsArray();
        Assert.Equal(3, dropped.Sum(d => (int)d!["count"]!));
        Assert.All(dropped, d => Assert.Equal(SarifAccounting.CappedReason, (string?)d!["reason"]));
        var notification = run["invocations"]![0]!["toolExecutionNotifications"]![0]!;
        Assert.Equal("warning", (string?)notification["level"]);
        Assert.StartsWith("3 of 25,003 findings are not in this file", (string?)notification["message"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sarif_run_under_the_cap_carries_the_reports_left_out_counts_and_no_notification()
    {
        var run = SarifRenderer.ToSarif(With([At(3)], new LeftOut("syntax", "outside the added lines", 1)))["runs"]![0]!;

        Assert.Null(run["invocations"]);
        Assert.Null(run["properties"]!["capped"]);
        Assert.Equal("outside the added lines", (string?)run["properties"]!["dropped"]![0]!["reason"]);
    }
}
