using System.Text.Json.Nodes;
using CoeReview.Cli.Reporting;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: each SARIF rule has its own name, short and full description and help, and no duplicated tags.</summary>
public sealed class SarifRuleTests
{
    private static JsonObject RuleOf(Finding f)
    {
        var review = new Review("/r", "", "DIFF", "rdu-sim", [f], [], new RoutingPlan([]), new Coverage(1, 1, 1, []), null);
        return SarifRenderer.ToSarif(review)["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!.AsObject();
    }

    [Fact]
    public void One_of_our_rules_is_described_from_its_descriptor()
    {
        // Given a finding of COE-PERF-002 from the performance expert
        var finding = new Finding("performance", "COE-PERF-002", "sync-over-async", Severity.Warning, "a.cs", 3, 3, 1, ".Result blocks a thread.", "Await the task.", ["roslyn"], 1);

        // When it is written as SARIF
        var rule = RuleOf(finding);

        // Then the rule says what it is, not "performance: performance"
        Assert.Equal("SyncOverAsync", rule["name"]!.GetValue<string>());
        Assert.Equal("Blocking on a task", rule["shortDescription"]!["text"]!.GetValue<string>());
        Assert.Contains("sync-over-async", rule["fullDescription"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("Fix: Await the task.", rule["help"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_NetAnalyzers_rule_links_its_documentation_and_tags_are_not_repeated()
    {
        var finding = new Finding("performance", "CA1849", "performance", Severity.Warning, "a.cs", 3, 3, 1, "'Task.Result' synchronously blocks. Await instead.", null, ["roslyn"], 1);

        var rule = RuleOf(finding);

        Assert.Equal("https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca1849", rule["helpUri"]!.GetValue<string>());
        Assert.Equal("'Task.Result' synchronously blocks.", rule["shortDescription"]!["text"]!.GetValue<string>());
        Assert.Equal(["performance"], rule["properties"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }
}
