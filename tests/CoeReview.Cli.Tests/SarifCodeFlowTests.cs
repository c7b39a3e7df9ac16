using CoeReview.Cli.Reporting;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;

namespace CoeReview.Cli.Tests;

/// <summary>A data-flow finding carries its path (source, call, sink) as a SARIF codeFlow; other findings carry none.</summary>
public sealed class SarifCodeFlowTests
{
    [Fact]
    public void A_taint_finding_becomes_a_result_with_one_thread_flow_from_source_to_sink()
    {
        var sql = new Finding("security", "COE-SEC-001", "sql-injection", Severity.Error, "App/Store.cs", 8, 8, 9, "SQL text from input reaches CommandText.", null, ["roslyn"], 0.95)
        {
            Flow = [new FlowStep("App/Page.cs", 5, "input: req.QueryString[\"name\"]"), new FlowStep("App/Page.cs", 5, "passed on via Store.Find(…)"), new FlowStep("App/Store.cs", 8, "reaches CommandText")],
        };
        var plain = sql with { RuleId = "COE-PERF-002", Category = "sync-over-async", Flow = [] };
        var review = new Review("/r", "", "DIFF", "rdu-sim", [sql, plain], [], new RoutingPlan([]), new Coverage(1, 1, 1, []), null);

        var results = SarifRenderer.ToSarif(review)["runs"]![0]!["results"]!.AsArray();

        var steps = results[0]!["codeFlows"]![0]!["threadFlows"]![0]!["locations"]!.AsArray();
        Assert.Equal(["App/Page.cs:5", "App/Page.cs:5", "App/Store.cs:8"], steps.Select(s =>
            $"{s!["location"]!["physicalLocation"]!["artifactLocation"]!["uri"]}:{s["location"]!["physicalLocation"]!["region"]!["startLine"]}"));
        Assert.Equal("reaches CommandText", (string?)steps[2]!["location"]!["message"]!["text"]);
        Assert.Null(results[1]!["codeFlows"]);
    }
}
