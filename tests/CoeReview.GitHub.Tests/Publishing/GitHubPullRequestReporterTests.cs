using CoeReview.Core.Findings;
using CoeReview.Core.Simulation;
using CoeReview.GitHub.Actions;
using CoeReview.GitHub.Publishing;
using CoeReview.GitHub.Tests.StandIn;
using CoeReview.GitHub.Tests.Support;

namespace CoeReview.GitHub.Tests.Publishing;

public sealed class GitHubPullRequestReporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coe-rep-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose()
    {
        Directory.Delete(_dir, true);
        _stdout.Dispose();
        _stderr.Dispose();
    }

    private GitHubContext Context(StandInSession s) => new()
    {
        ApiUrl = s.Server.BaseUrl,
        Owner = s.Server.Owner,
        Repo = s.Server.Repo,
        PullNumber = s.Pull.Number,
        Token = StandInSession.Token,
        HeadSha = s.Pull.HeadSha,
        BaseSha = s.Pull.BaseSha,
        StepSummaryPath = Path.Combine(_dir, "summary.md"),
        OutputPath = Path.Combine(_dir, "output"),
        TempDirectory = _dir,
    };

    private GitHubPullRequestReporter Reporter(StandInSession s, GitHubPublishOptions? options = null) =>
        new(Context(s), s.Api, options ?? new GitHubPublishOptions(), new RecordingSarifWriter(), _stdout, _stderr);

    private static CoeReview.Core.Pipeline.Review Sample() => Reviews.Of(
        [Reviews.Finding("src/A.cs", 11, severity: Severity.Error), Reviews.Finding("src/A.cs", 12, rule: "COE-PERF-1", severity: Severity.Note, expert: "performance")],
        new SimulationReport("sn40l-node", "dgx-h100", 12.5, 80.25, 0.4, 950, 6, 3000, 120));

    [Fact]
    public async Task A_read_only_token_falls_back_to_annotations_summary_and_sarif_and_fails_by_level()
    {
        // Given a fork PR whose token cannot write
        using var s = new StandInSession(canWrite: false);
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 5)));

        // When the review is published
        var outcome = await Reporter(s).PublishAsync(Sample() with { Diff = Reviews.DiffOf(s.Pull) }, CancellationToken.None);

        // Then the findings went to annotations, the summary, the outputs and SARIF; the exit follows the fail level
        Assert.Equal(PublishMode.ReadOnlyFallback, outcome.Mode);
        Assert.True(outcome.FailsAtLevel);
        var lines = _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("::error file=src/A.cs,line=11,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::notice file=src/A.cs,line=12,", StringComparison.Ordinal));
        Assert.Single(s.Server.Writes);
        var outputs = File.ReadAllText(Path.Combine(_dir, "output"));
        Assert.Contains("findings=2\n", outputs, StringComparison.Ordinal);
        Assert.Contains($"sarif={Path.Combine(_dir, "coe-review.sarif")}\n", outputs, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(outcome.SarifPath!).Length);
        Assert.Contains("read-only", File.ReadAllText(Path.Combine(_dir, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_job_summary_shows_findings_by_expert_and_severity_coverage_and_the_simulated_cost()
    {
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 5)));

        var outcome = await Reporter(s).PublishAsync(Sample() with { Diff = Reviews.DiffOf(s.Pull) }, CancellationToken.None);

        Assert.Equal(PublishMode.Review, outcome.Mode);
        var summary = File.ReadAllText(Path.Combine(_dir, "summary.md"));
        Assert.Contains("**2 findings**: 1 error, 0 warnings, 1 note", summary, StringComparison.Ordinal);
        Assert.Contains("| performance | ok | 0 | 0 | 1 |", summary, StringComparison.Ordinal);
        Assert.Contains("| security | ok | 1 | 0 | 0 |", summary, StringComparison.Ordinal);
        Assert.Contains("**Coverage**: 2 files, 3/3 hunks", summary, StringComparison.Ordinal);
        Assert.Contains("| sn40l-node | 12.5 | dgx-h100 | 80.3 | 6.42× |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_never_appears_in_any_output_even_when_github_fails()
    {
        // Given GitHub keeps refusing with limits until the gate gives up
        using var s = new StandInSession(pacing: new CoeReview.GitHub.Api.GitHubPacingOptions { MaxAttempts = 2 });
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 5)));
        for (var i = 0; i < 4; i++)
        {
            s.Server.FailNextWriteWithRetryAfter(1);
        }

        // When publishing fails
        await Assert.ThrowsAsync<CoeReview.GitHub.Api.GitHubUnavailableException>(() =>
            Reporter(s).PublishAsync(Sample() with { Diff = Reviews.DiffOf(s.Pull) }, CancellationToken.None));

        // Then the findings still reached the annotations and no output holds the token
        Assert.Contains("::error file=src/A.cs", _stdout.ToString(), StringComparison.Ordinal);
        foreach (var text in new[] { _stdout.ToString(), _stderr.ToString(), File.ReadAllText(Path.Combine(_dir, "summary.md")), File.ReadAllText(Path.Combine(_dir, "output")) })
        {
            Assert.DoesNotContain(StandInSession.Token, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_dry_run_reads_but_writes_nothing_to_the_pull_request()
    {
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 5)));

        var outcome = await Reporter(s, new GitHubPublishOptions { DryRun = true }).PublishAsync(Sample() with { Diff = Reviews.DiffOf(s.Pull) }, CancellationToken.None);

        Assert.Equal(PublishMode.DryRun, outcome.Mode);
        Assert.Equal(2, outcome.Result!.Inline);
        Assert.Empty(s.Server.Writes);
        Assert.Contains("Would post a review with 2 inline", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sarif_file_that_cannot_be_written_still_lets_the_review_summary_and_outputs_through_and_is_reported_after()
    {
        // Given a SARIF writer that fails (a full disk, say)
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 5)));
        var reporter = new GitHubPullRequestReporter(Context(s), s.Api, new GitHubPublishOptions(), new FailingSarifWriter(), _stdout, _stderr);

        // When the review is published
        var error = await Assert.ThrowsAsync<IOException>(() => reporter.PublishAsync(Sample() with { Diff = Reviews.DiffOf(s.Pull) }, CancellationToken.None));

        // Then the later links ran before the failure came back
        Assert.Equal("disk full", error.Message);
        Assert.NotEmpty(s.Server.Writes);
        Assert.Contains("Posted a review with 2 inline", File.ReadAllText(Path.Combine(_dir, "summary.md")), StringComparison.Ordinal);
        Assert.Contains("findings=2", File.ReadAllText(Path.Combine(_dir, "output")), StringComparison.Ordinal);
    }

    private sealed class FailingSarifWriter : ISarifFileWriter
    {
        public Task WriteAsync(CoeReview.Core.Pipeline.Review review, string path, CancellationToken cancellationToken) => throw new IOException("disk full");
    }
}
