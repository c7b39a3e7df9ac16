using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Remote.Replies;

/// <summary>How one chat request ended: its published findings and refusals, its tokens, or why it failed.</summary>
internal sealed record RequestOutcome(IReadOnlyList<Finding> Findings, int Rejected, TokenUsage Usage, string? Failure);
