namespace CoeReview.GitHub.Publishing;

/// <summary>
/// What the pull request's reporters learn along the chain and the later ones use: where the SARIF
/// file went and what the review reporter did (the job summary repeats its status line).
/// </summary>
internal sealed class PullRequestReport
{
    public string? SarifPath { get; set; }

    public PublishMode Mode { get; set; } = PublishMode.Review;

    public PublishResult? Result { get; set; }

    public string Status { get; set; } = "The review was not published.";
}
