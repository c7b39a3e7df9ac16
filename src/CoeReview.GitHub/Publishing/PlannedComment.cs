using CoeReview.Core.Findings;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Publishing;

/// <summary>A finding and the inline comment that carries it.</summary>
internal sealed record PlannedComment(Finding Finding, ReviewCommentPayload Payload);
