namespace CoeReview.GitHub.Api;

/// <summary>One entry of the PR files API; Patch is null when GitHub leaves it out (binary or very large).</summary>
public sealed record PullRequestFileInfo(string FileName, string Status, string? Patch, string? PreviousFileName, int Changes);
