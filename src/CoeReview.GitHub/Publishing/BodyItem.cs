using CoeReview.Core.Findings;

namespace CoeReview.GitHub.Publishing;

/// <summary>A finding listed in the review body instead of inline, and why.</summary>
internal sealed record BodyItem(Finding Finding, string Reason);
