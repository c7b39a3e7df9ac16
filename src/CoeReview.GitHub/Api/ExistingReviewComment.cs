namespace CoeReview.GitHub.Api;

/// <summary>A review comment already on the PR, as far as the publisher needs it.</summary>
public sealed record ExistingReviewComment(long Id, string Body, long? InReplyToId, string? Path, int? Line, string? User);
