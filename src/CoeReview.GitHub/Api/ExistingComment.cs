namespace CoeReview.GitHub.Api;

/// <summary>A review body or a conversation comment already on the PR.</summary>
public sealed record ExistingComment(long Id, string Body, string? User);
