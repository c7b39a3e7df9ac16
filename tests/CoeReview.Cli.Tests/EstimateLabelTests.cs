using System.Text.Json.Nodes;
using CoeReview.Remote.Tests.Fakes;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #12: on rdu-sim no model runs, so every report says its tokens and latencies are estimates; remote reports real ones.</summary>
public sealed class EstimateLabelTests
{
    private const string NoModelRan = "rdu-sim: no model ran; tokens and latencies are estimates for each expert's model profile";

    private static TempGitRepo Changed()
    {
        var repo = new TempGitRepo();
        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n").Write("App/Q.cs", "namespace App;\n\npublic class Q\n{\n}\n").Commit();
        repo.Write("App/Q.cs", "namespace App;\n\npublic class Q\n{\n    public int N() => 2; // SMELL\n}\n");
        return repo;
    }

    [Fact]
    public async Task A_text_review_on_rdu_sim_says_no_model_ran_and_labels_its_tokens_as_estimates()
    {
        using var repo = Changed();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root]);

        Assert.Contains($"  {NoModelRan} on a simulated accelerator vs a GPU baseline\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Matches(@"performance\s+ok; .* \d+\+\d+ est\. tokens in 1 request", output);
        Assert.Matches(@"\n  est\. tokens: \d+ prompt \+ \d+ output in \d+ requests?", output.ReplaceLineEndings("\n"));
        Assert.All(output.Split('\n').Where(l => !l.Contains(NoModelRan, StringComparison.Ordinal)), l => Assert.DoesNotMatch(@"(?<!est\.) tokens", l));
    }

    [Fact]
    public async Task A_text_review_with_cost_names_the_simulated_machines_in_the_note()
    {
        using var repo = Changed();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--cost"]);

        Assert.Contains($"{NoModelRan} on a simulated sn40l-node vs the dgx-h100 GPU baseline", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_review_on_rdu_sim_marks_the_simulation_and_each_experts_usage_as_estimated()
    {
        using var repo = Changed();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "json"]);

        var report = JsonNode.Parse(output)!;
        Assert.True((bool)report["simulation"]!["estimated"]!);
        Assert.StartsWith(NoModelRan, (string?)report["simulation"]!["estimateNote"], StringComparison.Ordinal);
        var withUsage = report["experts"]!.AsArray().Where(e => e!["usage"] is not null).ToList();
        Assert.NotEmpty(withUsage);
        Assert.All(withUsage, e => Assert.True((bool)e!["usage"]!["estimated"]!));
    }

    [Fact]
    public async Task A_markdown_review_on_rdu_sim_heads_its_token_column_est_tokens()
    {
        using var repo = Changed();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "markdown"]);

        Assert.Contains($"_{NoModelRan} on a simulated accelerator vs a GPU baseline._", output, StringComparison.Ordinal);
        Assert.Contains("| notes | est. tokens | wall ms |", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remote_review_reports_its_tokens_as_measured()
    {
        // Given a real endpoint whose model answers
        await using var server = new FakeChatServer(call => Scripted.OnFirstAddedLine(call, "bug", "warning"));
        using var repo = Changed();
        var env = new Dictionary<string, string> { ["COE_REVIEW_ENDPOINT"] = server.BaseUri.ToString(), ["COE_REVIEW_MODEL"] = "tiny" };

        // When reviewed remotely as text and as JSON
        var (_, text, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--backend", "remote", "--fail-level", "none"], env: env);
        var (_, json, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--backend", "remote", "--format", "json", "--fail-level", "none"], env: env);

        // Then nothing says estimated: the tokens are the endpoint's own count
        Assert.DoesNotContain("no model ran", text, StringComparison.Ordinal);
        Assert.DoesNotContain("est. tokens", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  tokens: \d+ prompt", text.ReplaceLineEndings("\n"));
        var report = JsonNode.Parse(json)!;
        Assert.Null(report["simulation"]!["estimated"]);
        Assert.All(report["experts"]!.AsArray().Where(e => e!["usage"] is not null), e => Assert.Null(e!["usage"]!["estimated"]));
    }
}
