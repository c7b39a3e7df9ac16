namespace CoeReview.GitHub.Api;

/// <summary>A create-review request; a null event creates a pending review (used to probe which comment GitHub refuses).</summary>
public sealed record ReviewPayload(string CommitId, string Body, string? Event, IReadOnlyList<ReviewCommentPayload> Comments);
