using CoeReview.Core.Findings;

namespace CoeReview.GitHub.Publishing;

/// <summary>How the review is published on GitHub.</summary>
public sealed record GitHubPublishOptions
{
    /// <summary>Inline comments per review; the rest are listed in the review body (reviewdog posts ≤ 30 a request).</summary>
    public int MaxInlineComments { get; init; } = 30;

    /// <summary>Review with REQUEST_CHANGES when findings reach <see cref="FailLevel"/> (default: always COMMENT).</summary>
    public bool RequestChanges { get; init; }

    public Severity? FailLevel { get; init; } = Severity.Error;

    /// <summary>Also publish a check run with annotations (needs checks: write).</summary>
    public bool CheckRun { get; init; }

    public string CheckRunName { get; init; } = "CoeReview";

    /// <summary>Compute what would be posted, post nothing.</summary>
    public bool DryRun { get; init; }
}
