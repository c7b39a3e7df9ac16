namespace CoeReview.GitHub.Publishing;

/// <summary>How a run's findings reached the PR.</summary>
public enum PublishMode
{
    /// <summary>Review, comments and summary comment posted through the API.</summary>
    Review,

    /// <summary>The token could not write (fork PR): workflow annotations, job summary and SARIF instead.</summary>
    ReadOnlyFallback,

    /// <summary>--dry-run: computed, nothing written to the PR.</summary>
    DryRun,
}
