using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Remote.Tests.Fakes;
using CoeReview.Testing;

namespace CoeReview.Remote.Tests;

/// <summary>The remote backend inside Core's real pipeline: router, runner, merger.</summary>
public sealed class PipelineTests
{
    [Fact]
    public async Task A_model_finding_on_an_analysis_finding_corroborates_it_into_one()
    {
        // Given the analysis flags line 10 and the model, pointing at the statement's span, agrees
        await using var server = new FakeChatServer(c => new ScriptedReply.Content(Scripted.Findings(
            Scripted.Finding(null, 10, "SQL-Injection", "error", 0.7, "User input is concatenated into SQL text; use a parameter so the name cannot change the query.") is var f ? Span(f, 10, 11) : null!)));
        var review = await ReviewAsync(server.BaseUri, Fixture.SqlFinding());

        // Then one finding from both sources, more confident, with the fuller message
        var finding = Assert.Single(review.Findings, f => f.Line == 10);
        Assert.Equal(["model", "roslyn"], finding.Sources);
        Assert.True(finding.Confidence > 0.9);
        Assert.StartsWith("User input is concatenated", finding.Message, StringComparison.Ordinal);
        Assert.False(review.Incomplete);
    }

    [Fact]
    public async Task Model_only_findings_under_the_threshold_go_to_the_summary()
    {
        await using var server = new FakeChatServer(c => Scripted.OnFirstAddedLine(c, "style", "note", 0.3));

        var review = await ReviewAsync(server.BaseUri);

        Assert.All(review.Findings.Where(f => f.Sources.SequenceEqual(["model"])), f => Assert.True(f.SummaryOnly));
        Assert.NotEmpty(review.Findings);
    }

    [Fact]
    public async Task The_same_model_finding_from_two_experts_collapses()
    {
        await using var server = new FakeChatServer(c => Scripted.OnFirstAddedLine(c, "sql-injection", "error", 0.8));

        var review = await ReviewAsync(server.BaseUri, experts: ["security", "syntax"]);

        Assert.True(server.Calls.Count >= 2);
        Assert.Single(review.Findings, f => f.Line == 10);
    }

    [Fact]
    public async Task An_endpoint_that_stays_down_leaves_the_review_incomplete_with_the_analysis_kept()
    {
        await using var server = new FakeChatServer(_ => new ScriptedReply.Status(503));

        var review = await ReviewAsync(server.BaseUri, Fixture.SqlFinding());

        Assert.True(review.Incomplete);
        Assert.Contains(review.Experts, e => e.Status == ExpertStatus.Failed && e.ExpertId == "security");
        Assert.Equal(["roslyn"], Assert.Single(review.Findings).Sources);
    }

    [Fact]
    public async Task What_the_budget_kept_from_the_model_is_in_the_reviews_coverage()
    {
        await using var server = new FakeChatServer(Scripted.Empty);

        var review = await ReviewAsync(server.BaseUri, options: o => o with { RunTokenBudget = 1 });

        Assert.Empty(server.Calls);
        Assert.NotEmpty(review.Coverage.NotSent);
        Assert.All(review.Coverage.NotSent, n => Assert.Equal(Fixture.RepoPath, n.Path));
        Assert.False(review.Incomplete);
    }

    private static System.Text.Json.Nodes.JsonObject Span(System.Text.Json.Nodes.JsonObject f, int line, int end)
    {
        f["line"] = line;
        f["endLine"] = end;
        return f;
    }

    private static async Task<Review> ReviewAsync(Uri endpoint, Core.Findings.Finding? analysis = null, string[]? experts = null, Func<Config.RemoteOptions, Config.RemoteOptions>? options = null)
    {
        var catalog = new ExpertCatalog((experts ?? ["security"]).Select(Fixture.Expert));
        var remote = Fixture.Options(endpoint, retries: 1);
        using var backend = Fixture.Backend(options?.Invoke(remote) ?? remote, null, analysis is null ? [] : [analysis]);
        backend.Validate(catalog.Experts);
        var pipeline = new ReviewPipeline(backend.Analysis, new AllExpertsRouter(), backend.Backend, new ReviewOptions { MinModelConfidence = backend.Options.MinConfidence });
        return await pipeline.RunAsync(new FixedDiffSource(Fixture.RepoDiff()), catalog, CancellationToken.None);
    }

    /// <summary>Routes every hunk to every expert, so these tests do not depend on routing rules.</summary>
    private sealed class AllExpertsRouter : IRouter
    {
        public Task<RoutingPlan> RouteAsync(DiffSet diff, ExpertCatalog catalog, Task<IReadOnlyList<RoutingHit>> hints, CancellationToken cancellationToken) =>
            Task.FromResult(new RoutingPlan(diff.Files.SelectMany(f => f.Hunks.Select((h, i) => new RouteDecision(
                f.Path, i, h.Header, catalog.Experts.Select(e => e.Id).ToList(), new Dictionary<string, double>(), new Dictionary<string, string>()))).ToList()));
    }
}
