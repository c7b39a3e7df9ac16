namespace CoeReview.GitHub.Publishing;

/// <summary>What publishing a review on a PR did; the exit code follows the fail level in every mode (never 3 for a read-only token).</summary>
public sealed record PullRequestOutcome(PublishMode Mode, PublishResult? Result, string? SarifPath, int Findings, bool FailsAtLevel);
