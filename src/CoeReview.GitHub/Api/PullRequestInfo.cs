namespace CoeReview.GitHub.Api;

/// <summary>The PR's head and base commits and how many files GitHub says it changes.</summary>
public sealed record PullRequestInfo(int Number, string HeadSha, string BaseSha, int ChangedFiles);
