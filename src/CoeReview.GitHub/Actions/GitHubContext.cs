namespace CoeReview.GitHub.Actions;

/// <summary>
/// Which pull request to review and where to publish: read from the GitHub Actions environment
/// (<see cref="GitHubContextReader"/>), each part overridable on the command line.
/// </summary>
public sealed record GitHubContext
{
    /// <summary>REST base URL as GITHUB_API_URL gives it (Octokit appends api/v3/ for non-github.com hosts).</summary>
    public required string ApiUrl { get; init; }

    public required string Owner { get; init; }

    public required string Repo { get; init; }

    public required int PullNumber { get; init; }

    /// <summary>Never printed: <see cref="ToString"/> leaves it out and outputs are redacted.</summary>
    public string? Token { get; init; }

    /// <summary>The PR head commit from the event payload, when the event carried it.</summary>
    public string? HeadSha { get; init; }

    /// <summary>The PR base commit from the event payload, when the event carried it.</summary>
    public string? BaseSha { get; init; }

    public string? StepSummaryPath { get; init; }

    public string? OutputPath { get; init; }

    /// <summary>RUNNER_TEMP, where the SARIF file goes by default.</summary>
    public string? TempDirectory { get; init; }

    public string Repository => $"{Owner}/{Repo}";

    /// <summary>Keeps the token out of any accidental log line.</summary>
    public override string ToString() =>
        $"{Repository}#{PullNumber} via {ApiUrl} (head {HeadSha ?? "?"}, base {BaseSha ?? "?"}, token {(Token is null ? "absent" : "set")})";
}
