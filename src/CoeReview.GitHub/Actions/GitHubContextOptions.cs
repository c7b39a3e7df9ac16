namespace CoeReview.GitHub.Actions;

/// <summary>Command-line overrides for the Actions environment; null means "take it from the environment".</summary>
public sealed record GitHubContextOptions
{
    /// <summary>OWNER/NAME (GITHUB_REPOSITORY).</summary>
    public string? Repository { get; init; }

    public int? PullNumber { get; init; }

    /// <summary>GITHUB_API_URL: GitHub Enterprise or a local test server.</summary>
    public string? ApiUrl { get; init; }

    public string? Token { get; init; }

    public string? EventPath { get; init; }

    public string? StepSummaryPath { get; init; }

    public string? OutputPath { get; init; }
}
