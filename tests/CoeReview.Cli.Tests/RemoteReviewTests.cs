using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CoeReview.Remote.Tests.Fakes;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

public sealed class RemoteReviewTests
{
    private static TempGitRepo RepoWithQuery()
    {
        var repo = new TempGitRepo();
        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n").Write("App/Q.cs", "namespace App;\n\npublic class Q\n{\n}\n").Commit();
        repo.Write("App/Q.cs", "namespace App;\n\npublic class Q\n{\n    public string Sql(string name) => \"SELECT * FROM T WHERE N = '\" + name + \"'\"; // BUG\n}\n");
        return repo;
    }

    [Fact]
    public async Task Remote_backend_publishes_model_findings_with_usage_through_a_real_endpoint()
    {
        // Given an OpenAI-compatible endpoint on loopback whose model flags the first added line
        await using var server = new FakeChatServer(call => Scripted.OnFirstAddedLine(call));
        using var repo = RepoWithQuery();
        var env = new Dictionary<string, string> { ["COE_REVIEW_ENDPOINT"] = server.BaseUri.ToString(), ["COE_REVIEW_MODEL"] = "tiny", ["COE_REVIEW_API_KEY"] = "secret-key-123" };

        // When the repo is reviewed on the remote backend
        var (exit, output, error) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--backend", "remote", "--format", "json"], env: env);

        // Then the model's finding joins the analysis one, usage is reported, and the key leaks nowhere
        Assert.Equal(1, exit);
        var report = JsonNode.Parse(output)!;
        Assert.Equal("remote", (string?)report["backend"]);
        Assert.Contains(report["findings"]!.AsArray(), f => f!["sources"]!.AsArray().Any(s => (string?)s == "model"));
        Assert.All(report["experts"]!.AsArray().Where(e => (string?)e!["status"] == "ok"), e => Assert.NotNull(e!["usage"]));
        Assert.NotEmpty(server.Calls);
        Assert.DoesNotContain("secret-key-123", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_exits_3_and_keeps_the_analysis_findings()
    {
        // Given an endpoint nobody listens on
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var repo = RepoWithQuery();
        repo.Write(".coe-review.yml", "remote:\n  maxRetries: 1\n  retryDelaySeconds: 0.01\n  timeoutSeconds: 5\n");
        var env = new Dictionary<string, string> { ["COE_REVIEW_ENDPOINT"] = $"http://127.0.0.1:{port}/v1/", ["COE_REVIEW_MODEL"] = "tiny" };

        // When reviewed remotely
        var (exit, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--backend", "remote", "--format", "json"], env: env);

        // Then the review is incomplete, says which experts failed, and loses no analysis finding
        Assert.Equal(ExitCodes.InfrastructureFailure, exit);
        var report = JsonNode.Parse(output)!;
        Assert.Contains(report["experts"]!.AsArray(), e => (string?)e!["status"] == "failed" || (int?)e!["failedTasks"] > 0);
        Assert.Contains(report["findings"]!.AsArray(), f => (string?)f!["ruleId"] == "CS9999");
    }

    [Fact]
    public async Task Remote_backend_without_an_endpoint_is_bad_input()
    {
        using var repo = RepoWithQuery();

        var (exit, _, error) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--backend", "remote"]);

        Assert.Equal(2, exit);
        Assert.Contains("COE_REVIEW_ENDPOINT", error, StringComparison.Ordinal);
    }
}
