namespace CoeReview.Core.Pipeline;

/// <summary>
/// A (hunk, expert) pair, or a part of a hunk, that a backend did not send to the expert's model,
/// with the reason (token budget, for instance); reported in coverage, never dropped silently.
/// </summary>
public sealed record UnsentHunk(string Expert, string Path, string Hunk, string Reason);
