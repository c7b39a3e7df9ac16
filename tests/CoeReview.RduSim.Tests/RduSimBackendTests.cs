using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Prompting;
using CoeReview.RduSim.Backend;
using CoeReview.RduSim.Models;
using CoeReview.Testing;

namespace CoeReview.RduSim.Tests;

public sealed class RduSimBackendTests
{
    private const string Diff = """
        diff --git a/src/Api/UserController.cs b/src/Api/UserController.cs
        --- a/src/Api/UserController.cs
        +++ b/src/Api/UserController.cs
        @@ -10,3 +10,6 @@ public class UserController
             public IActionResult Find(string name)
             {
        -        return Ok();
        +        var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", _conn);
        +        var rows = cmd.ExecuteReader();
        +        return Ok(rows);
        +    }
        @@ -40,2 +43,4 @@ public class UserController
             public void Log(string password)
        +    {
        +        Console.WriteLine(password);
             }

        """;

    private static readonly ExpertCatalog s_catalog = ExpertSources.Load(null).Catalog;

    [Fact]
    public async Task The_planned_requests_are_sized_by_the_messages_the_remote_backend_would_send_and_the_replies()
    {
        // Given the security expert with one analysis finding on its first hunk
        var (backend, work) = Setup(SqlFinding("src/Api/UserController.cs", 12, "COE-SEC-001"));

        // When it runs
        var result = await backend.RunAsync(work, CancellationToken.None);

        // Then its requests are the planner's (both hunks in one), and their tokens what the system and user messages count to (cl100k + 10 % for Llama 3)
        var findings = work.Analysis;
        var plan = new RequestPlanner(PromptLimits.Default).Plan(work, findings);
        var tokens = TokenCounter.For(work.Expert.Model.Profile);
        long prompt = plan.Requests.Sum(r => (long)tokens.Count(PromptRenderer.System(work.Expert)) + tokens.Count(PromptRenderer.User(work.Expert, r.Pieces, PromptRenderer.CountingNonce)));
        Assert.Equal(ExpertStatus.Ok, result.Status);
        Assert.Single(findings);
        Assert.Single(plan.Requests);
        Assert.Equal(1.1, tokens.Factor);
        Assert.Equal(prompt, result.Usage!.PromptTokens);
        Assert.Equal(plan.Requests.Count, result.Usage.Requests);
        Assert.Equal(result.Usage.PromptTokens, result.Simulated!.PromptTokens);
        Assert.Equal(result.Usage.OutputTokens, result.Simulated.OutputTokens);
        Assert.Equal("llama-3.1-8b", result.Simulated.Model);
        Assert.True(result.Simulated.RduMs > 0 && result.Simulated.BaselineMs > result.Simulated.RduMs);
    }

    [Fact]
    public async Task A_reply_with_findings_costs_more_output_tokens_than_an_empty_one()
    {
        var (quiet, quietWork) = Setup();
        var (loud, loudWork) = Setup(
            SqlFinding("src/Api/UserController.cs", 12, "COE-SEC-001"),
            SqlFinding("src/Api/UserController.cs", 45, "COE-SEC-002", "A password is written to the console"));

        var a = await quiet.RunAsync(quietWork, CancellationToken.None);
        var b = await loud.RunAsync(loudWork, CancellationToken.None);

        Assert.True(b.Usage!.OutputTokens > a.Usage!.OutputTokens + 20);
        Assert.True(b.Usage.PromptTokens > a.Usage.PromptTokens);
        Assert.True(b.Simulated!.RduMs > a.Simulated!.RduMs);
    }

    [Fact]
    public async Task The_review_is_simulated_once_on_one_node_and_experts_get_their_share()
    {
        // Given a real pipeline with the built-in experts and the rule router
        var engine = new FakeAnalysisEngine(SqlFinding("src/Api/UserController.cs", 12, "COE-SEC-001"));
        var backend = new RduSimBackend(new RduSimOptions());
        var pipeline = new ReviewPipeline(new AnalysisStage([engine]), new RuleRouter(), backend, new ReviewOptions());

        // When the review runs
        var review = await pipeline.RunAsync(new FixedDiffSource(Parse()), s_catalog, CancellationToken.None);

        // Then the simulation covers every planned request; totals are router + the experts' shares, and those shares are each expert's own numbers
        var sim = review.Simulation!;
        var ran = review.Experts.Where(e => e.Status == ExpertStatus.Ok).ToList();
        Assert.True(ran.Count >= 2);
        Assert.Equal(1, engine.Runs);
        Assert.Equal(ran.Sum(e => e.Usage!.Requests), sim.Requests);
        Assert.Equal(sim.RouterMs + sim.Experts.Sum(e => e.RduMs), sim.RduMs, 6);
        Assert.Equal(sim.BaselineRouterMs + sim.Experts.Sum(e => e.BaselineMs), sim.BaselineMs, 6);
        foreach (var expert in ran)
        {
            var share = sim.Experts.Single(e => e.ExpertId == expert.ExpertId);
            Assert.Equal(expert.Simulated!.RduMs, share.RduMs, 6);
            Assert.Equal(expert.Simulated.BaselineMs, share.BaselineMs, 6);
        }

        Assert.True(sim.Speedup > 1);
        Assert.Null(sim.Note);
    }

    [Fact]
    public async Task An_unknown_model_profile_fails_the_expert_but_its_analysis_findings_stay_in_the_review()
    {
        var (backend, work) = Setup(SqlFinding("src/Api/UserController.cs", 12, "COE-SEC-001"));
        var odd = work with { Expert = work.Expert with { Model = work.Expert.Model with { Profile = "gpt-9" } } };

        var result = Merger.Join(odd, await backend.RunAsync(odd, CancellationToken.None));

        Assert.Equal(ExpertStatus.Failed, result.Status);
        Assert.Contains("gpt-9", result.Reason, StringComparison.Ordinal);
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task No_model_runs_so_the_backend_adds_no_finding_of_its_own()
    {
        var (backend, work) = Setup(SqlFinding("src/Api/UserController.cs", 12, "COE-SEC-001"));

        var result = await backend.RunAsync(work, CancellationToken.None);

        Assert.Equal(ExpertStatus.Ok, result.Status);
        Assert.Empty(result.Findings);
        Assert.True(result.Usage!.OutputTokens > 1);
    }

    [Fact]
    public async Task On_16_sockets_the_experts_run_at_a_tensor_parallel_width_their_heads_allow()
    {
        var engine = new FakeAnalysisEngine();
        var backend = new RduSimBackend(new RduSimOptions { Hardware = "sn40l-16" });
        var pipeline = new ReviewPipeline(new AnalysisStage([engine]), new RuleRouter(), backend, new ReviewOptions());

        var review = await pipeline.RunAsync(new FixedDiffSource(Parse()), s_catalog, CancellationToken.None);

        Assert.Null(review.Simulation!.Note);
        Assert.True(review.Simulation.RduMs > 0);
        Assert.Equal(8, ReviewSimulation.AutoTensorParallel(16, [new ExpertRequests("x", ModelCatalog.Get("llama-3.2-3b"), [])]));
    }

    [Fact]
    public void Unknown_hardware_is_bad_input_when_the_backend_is_built()
    {
        Assert.Throws<SimInputException>(() => new RduSimBackend(new RduSimOptions { Baseline = "tpu" }));
    }

    private static (RduSimBackend Backend, ExpertWork Work) Setup(params Core.Findings.Finding[] findings)
    {
        var diff = Parse();
        var security = s_catalog.Find("security")!;
        var file = diff.Files[0];
        var analysis = new AnalysisResult(new Dictionary<string, IReadOnlyList<Core.Findings.Finding>> { ["roslyn"] = findings }, new Dictionary<string, string>(), []);
        var work = new ExpertWork(security, [new ExpertTask(security, file, 0), new ExpertTask(security, file, 1)], diff) { Analysis = analysis.ForExpert(security, [file.Path]) };
        return (new RduSimBackend(new RduSimOptions()), work);
    }

    /// <summary>A SQL-injection error as the stand-in for Roslyn reports it on this diff.</summary>
    private static Core.Findings.Finding SqlFinding(string path, int line, string rule, string message = "Untrusted input reaches a SQL command") =>
        TestFindings.Analysis(rule, "sql-injection", Core.Findings.Severity.Error, path, line, message, confidence: 1.0);

    private static DiffSet Parse() => new("/repo", "base", "head", UnifiedDiffParser.Parse(Diff), [], EmptySnapshot.Instance);
}
