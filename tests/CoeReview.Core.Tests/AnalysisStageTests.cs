using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Testing;

namespace CoeReview.Core.Tests;

public sealed class AnalysisStageTests
{
    [Fact]
    public async Task Each_engine_runs_once_however_many_experts_and_the_router_use_it()
    {
        var engine = new FakeAnalysisEngine("roslyn", TestFindings.At(5, "COE-SEC-001", ""));
        var catalog = Catalog(Expert("security", "roslyn", "COE-SEC-*"), Expert("syntax", "roslyn", "CS*"));

        var review = await new ReviewPipeline(new AnalysisStage([engine]), new RuleRouter(), new ModelBackend(), new ReviewOptions())
            .RunAsync(new FixedDiffSource(TestDiffs.OneFile()), catalog, CancellationToken.None);

        Assert.Equal(1, engine.Runs);
        Assert.Equal("security", Assert.Single(review.Findings).Expert);
    }

    [Fact]
    public async Task An_engine_that_crashes_fails_only_the_experts_that_name_it_and_the_other_engines_findings_stay()
    {
        // Given two engines, one of which throws, each owned by one expert that rule signals route everywhere
        var stage = new AnalysisStage([new FakeAnalysisEngine("roslyn", TestFindings.At(5, "CS0029", "")), new FakeAnalysisEngine("lint") { Failure = new InvalidOperationException("parser broke") }]);
        var catalog = Catalog(Expert("syntax", "roslyn", "CS*"), Expert("style", "lint", "*"));

        // When the review runs
        var review = await new ReviewPipeline(stage, new RuleRouter(), new ModelBackend(), new ReviewOptions())
            .RunAsync(new FixedDiffSource(TestDiffs.OneFile()), catalog, CancellationToken.None);

        // Then the crash is the style expert's failure, with the reason, and syntax's finding is reported
        var style = review.Experts.Single(e => e.ExpertId == "style");
        Assert.Equal(ExpertStatus.Failed, style.Status);
        Assert.Contains("analysis engine 'lint' failed: InvalidOperationException: parser broke", style.Reason, StringComparison.Ordinal);
        Assert.Equal(ExpertStatus.Ok, review.Experts.Single(e => e.ExpertId == "syntax").Status);
        Assert.Equal("CS0029", Assert.Single(review.Findings).RuleId);
        Assert.True(review.Incomplete);
    }

    [Fact]
    public async Task An_analysis_finding_routes_its_expert_to_the_hunk_even_without_a_rule_signal()
    {
        // Given an expert whose rule signals never match, and its analysis flags line 5
        var quiet = Expert("security", "roslyn", "COE-SEC-*") with { Routing = new ExpertRouting([], [], [], [], [], Always: false) };
        var catalog = Catalog(quiet);
        var analysis = await new AnalysisStage([new FakeAnalysisEngine("roslyn", TestFindings.At(5, "COE-SEC-001", ""))]).RunAsync(TestDiffs.OneFile(), catalog, CancellationToken.None);

        // When the rule router routes with the analysis as hints
        var plan = await new RuleRouter().RouteAsync(TestDiffs.OneFile(), catalog, RoutingHints.Of(analysis.Hits(catalog)), CancellationToken.None);

        // Then the expert sees the hunk, and says why
        var decision = Assert.Single(plan.Decisions);
        Assert.Equal(["security"], decision.Experts);
        Assert.Equal("analysis found roslyn COE-SEC-001", decision.Reasons["security"]);
    }

    [Fact]
    public async Task The_merger_joins_the_experts_analysis_and_model_findings_and_the_review_carries_its_diff()
    {
        var diff = TestDiffs.OneFile();
        var catalog = Catalog(Expert("syntax", "roslyn", "CS*"));
        var model = TestFindings.At(6, "model-1", "syntax", "bug", "model", 0.9);

        var review = await new ReviewPipeline(new AnalysisStage([new FakeAnalysisEngine("roslyn", TestFindings.At(5, "CS0029", ""))]), new RuleRouter(), new ModelBackend(model), new ReviewOptions())
            .RunAsync(new FixedDiffSource(diff), catalog, CancellationToken.None);

        Assert.Equal(["CS0029", "model-1"], review.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.Equal(2, review.Experts.Single().Findings.Count);
        Assert.Same(diff, review.Diff);
    }

    private static ExpertCatalog Catalog(params ExpertDefinition[] experts) => new(experts);

    private static ExpertDefinition Expert(string id, string engine, string rules) => new(
        id,
        id,
        new ExpertRouting(["csharp"], [], [], [], [], Always: false),
        new ExpertAnalysis([engine], [rules]),
        new ExpertModel("llama-3.2-3b", "You review.", null, 0, 256),
        Severity.Warning,
        new Dictionary<string, Severity>(),
        "test");

    /// <summary>A backend whose "model" returns the given findings for every expert.</summary>
    private sealed class ModelBackend(params Finding[] model) : ICoeBackend
    {
        public string Name => "test";

        public Task<ExpertResult> RunAsync(ExpertWork work, CancellationToken cancellationToken) =>
            Task.FromResult(new ExpertResult(work.Expert.Id, ExpertStatus.Ok, null, work.Tasks.Count, model.Select(f => f with { Expert = work.Expert.Id }).ToList(), 1));
    }
}
