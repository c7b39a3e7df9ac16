using CoeReview.GitHub.Tests.StandIn;
using CoeReview.GitHub.Tests.Support;
using CoeReview.Testing;

namespace CoeReview.GitHub.Tests.Cli;

/// <summary>`coe-review pr` in-process against the stand-in, with a real git checkout and the marker engine.</summary>
public sealed class PrCommandTests : IDisposable
{
    private readonly GitSandbox _git = new();
    private readonly FakeGitHub _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _git.Dispose();
    }

    /// <summary>A repo where a feature branch adds a BUG line, and the PR on the stand-in with GitHub's own patch of it.</summary>
    private (string Repo, Dictionary<string, string> Env) PullRequestRepo(bool canWrite = true)
    {
        var repo = _git.NewRepo();
        _git.Commit(repo, "src/A.cs", "class A\n{\n}\n", "base");
        var baseSha = _git.Head(repo);
        _git.Git(repo, "checkout -q -b feature");
        var headSha = _git.Commit(repo, "src/A.cs", "class A\n{\n    int x; // BUG\n    int y; // SMELL\n}\n", "feature");
        var patch = string.Join('\n', _git.Git(repo, $"diff {baseSha} {headSha} -- src/A.cs").Out.Split('\n').SkipWhile(l => !l.StartsWith("@@", StringComparison.Ordinal)));
        var pr = _server.AddPull(12, headSha, baseSha);
        pr.Files.Add(new FakePrFile("src/A.cs", "modified", patch));
        _server.HeadFiles["src/A.cs"] = "class A\n{\n    int x; // BUG\n    int y; // SMELL\n}\n";
        _server.AddToken("ghs_cli_secret_token", canWrite: canWrite);
        var dir = Directory.CreateDirectory(_git.PathOf("runner")).FullName;
        File.WriteAllText(Path.Combine(dir, "event.json"), "{\"pull_request\":{\"number\":12,\"head\":{\"sha\":\"" + headSha + "\"},\"base\":{\"sha\":\"" + baseSha + "\"}}}");
        return (repo, new Dictionary<string, string>
        {
            ["GITHUB_REPOSITORY"] = $"{_server.Owner}/{_server.Repo}",
            ["GITHUB_EVENT_PATH"] = Path.Combine(dir, "event.json"),
            ["GITHUB_TOKEN"] = "ghs_cli_secret_token",
            ["GITHUB_API_URL"] = _server.BaseUrl,
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(dir, "summary.md"),
            ["GITHUB_OUTPUT"] = Path.Combine(dir, "output"),
            ["RUNNER_TEMP"] = dir,
        });
    }

    [Fact]
    public async Task Pr_reviews_the_local_range_posts_one_review_and_exits_by_the_fail_level()
    {
        var (repo, env) = PullRequestRepo();

        var (exit, stdout, stderr) = await InProcessCli.RunAsync(["pr", "--repo", repo], env);

        Assert.Equal(1, exit);
        Assert.Contains("diff from the local checkout", stderr, StringComparison.Ordinal);
        Assert.Single(_server.Reviews);
        Assert.Equal([3, 4], _server.ReviewComments.Select(c => c.Line!.Value).Order());
        Assert.Contains("findings=2\n", File.ReadAllText(env["GITHUB_OUTPUT"]), StringComparison.Ordinal);
        var summary = File.ReadAllText(env["GITHUB_STEP_SUMMARY"]);
        Assert.Contains("| syntax | ok | 1 | 0 | 0 |", summary, StringComparison.Ordinal);
        var sarif = Path.Combine(env["RUNNER_TEMP"], "coe-review.sarif");
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(sarif), StringComparison.Ordinal);
        Assert.DoesNotContain("ghs_cli_secret_token", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_base_commit_pr_reads_the_diff_and_files_from_the_api()
    {
        // Given a folder that is not a checkout of the PR at all
        var (_, env) = PullRequestRepo();
        var empty = Directory.CreateDirectory(_git.PathOf("empty")).FullName;

        var (exit, _, stderr) = await InProcessCli.RunAsync(["pr", "--repo", empty, "--fail-level", "none"], env);

        Assert.Equal(0, exit);
        Assert.Contains("from the GitHub API", stderr, StringComparison.Ordinal);
        Assert.Equal(2, _server.ReviewComments.Count);
        Assert.Contains(_server.Requests, r => r.Path.EndsWith("/contents/src/A.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_only_token_degrades_to_annotations_and_exits_by_the_fail_level_not_3()
    {
        var (repo, env) = PullRequestRepo(canWrite: false);

        var (exit, stdout, _) = await InProcessCli.RunAsync(["pr", "--repo", repo, "--fail-level", "warning"], env);

        Assert.Equal(1, exit);
        Assert.Contains("::error file=src/A.cs,line=3,", stdout, StringComparison.Ordinal);
        Assert.Contains("::warning file=src/A.cs,line=4,", stdout, StringComparison.Ordinal);
        Assert.Empty(_server.Reviews);
    }

    [Fact]
    public async Task Outside_a_pull_request_pr_is_a_usage_error()
    {
        var (exit, _, stderr) = await InProcessCli.RunAsync(["pr", "--repo", _git.Root], new Dictionary<string, string> { ["GITHUB_REPOSITORY"] = "o/r" });

        Assert.Equal(2, exit);
        Assert.Contains("no pull request number", stderr, StringComparison.Ordinal);
    }
}
