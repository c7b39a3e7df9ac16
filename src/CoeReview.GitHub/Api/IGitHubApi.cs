namespace CoeReview.GitHub.Api;

/// <summary>The few GitHub calls CoeReview makes for one pull request; Octokit sits behind it.</summary>
public interface IGitHubApi
{
    Task<PullRequestInfo> GetPullRequestAsync(CancellationToken cancellationToken);

    /// <summary>All pages of the PR files API (GitHub lists at most 3000 files).</summary>
    Task<IReadOnlyList<PullRequestFileInfo>> GetFilesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ExistingReviewComment>> GetReviewCommentsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ExistingComment>> GetReviewsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ExistingComment>> GetIssueCommentsAsync(CancellationToken cancellationToken);

    /// <summary>Creates a review; throws <see cref="ReviewRefusedException"/> on 422.</summary>
    Task<long> CreateReviewAsync(ReviewPayload review, CancellationToken cancellationToken);

    Task DeletePendingReviewAsync(long reviewId, CancellationToken cancellationToken);

    Task EditReviewCommentAsync(long commentId, string body, CancellationToken cancellationToken);

    Task DeleteReviewCommentAsync(long commentId, CancellationToken cancellationToken);

    Task<long> CreateIssueCommentAsync(string body, CancellationToken cancellationToken);

    Task EditIssueCommentAsync(long commentId, string body, CancellationToken cancellationToken);

    Task<long> CreateCheckRunAsync(string name, string headSha, string title, string summary, IReadOnlyList<CheckAnnotation> annotations, CancellationToken cancellationToken);

    /// <summary>Appends annotations (at most 50) and, when conclusion is set, completes the run.</summary>
    Task UpdateCheckRunAsync(long checkRunId, string title, string summary, IReadOnlyList<CheckAnnotation> annotations, string? conclusion, CancellationToken cancellationToken);

    /// <summary>A file's text at a commit, or null when it does not exist.</summary>
    Task<string?> GetFileTextAsync(string path, string commitSha, CancellationToken cancellationToken);
}
