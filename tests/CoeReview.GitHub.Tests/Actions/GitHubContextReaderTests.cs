using CoeReview.GitHub.Actions;

namespace CoeReview.GitHub.Tests.Actions;

public sealed class GitHubContextReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coe-ctx-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Event(string json)
    {
        var path = Path.Combine(_dir, "event.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void The_pull_request_event_gives_number_and_shas_and_the_environment_the_rest()
    {
        var env = new Dictionary<string, string>
        {
            ["GITHUB_REPOSITORY"] = "octo/widgets",
            ["GITHUB_EVENT_PATH"] = Event("""{"number":7,"pull_request":{"number":7,"head":{"sha":"abc"},"base":{"sha":"def"}}}"""),
            ["GITHUB_TOKEN"] = "secret-token",
            ["GITHUB_API_URL"] = "https://ghe.example/api/v3",
            ["GITHUB_STEP_SUMMARY"] = "/tmp/summary",
            ["GITHUB_OUTPUT"] = "/tmp/out",
            ["RUNNER_TEMP"] = "/tmp/runner",
        };

        var ctx = GitHubContextReader.Read(new GitHubContextOptions(), env.GetValueOrDefault);

        Assert.Equal(("octo", "widgets", 7, "abc", "def"), (ctx.Owner, ctx.Repo, ctx.PullNumber, ctx.HeadSha, ctx.BaseSha));
        Assert.Equal(("https://ghe.example/api/v3", "/tmp/summary", "/tmp/out", "/tmp/runner"), (ctx.ApiUrl, ctx.StepSummaryPath, ctx.OutputPath, ctx.TempDirectory));
        Assert.Equal("secret-token", ctx.Token);
        Assert.DoesNotContain("secret-token", ctx.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_override_the_environment()
    {
        var env = new Dictionary<string, string> { ["GITHUB_REPOSITORY"] = "octo/widgets", ["GITHUB_REF"] = "refs/pull/3/merge" };

        var fromRef = GitHubContextReader.Read(new GitHubContextOptions(), env.GetValueOrDefault);
        var overridden = GitHubContextReader.Read(new GitHubContextOptions { Repository = "me/mine", PullNumber = 9, ApiUrl = "http://127.0.0.1:1/" }, env.GetValueOrDefault);

        Assert.Equal((3, GitHubContextReader.DefaultApiUrl), (fromRef.PullNumber, fromRef.ApiUrl));
        Assert.Equal(("me", "mine", 9, "http://127.0.0.1:1/"), (overridden.Owner, overridden.Repo, overridden.PullNumber, overridden.ApiUrl));
    }

    [Theory]
    [InlineData("octo/widgets", null, "no pull request number")]
    [InlineData(null, 3, "no repository")]
    [InlineData("not-a-repo", 3, "is not OWNER/NAME")]
    public void Missing_or_malformed_context_is_a_clear_usage_error(string? repo, int? pr, string expected)
    {
        var e = Assert.Throws<GitHubInputException>(() =>
            GitHubContextReader.Read(new GitHubContextOptions { Repository = repo, PullNumber = pr }, _ => null));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
