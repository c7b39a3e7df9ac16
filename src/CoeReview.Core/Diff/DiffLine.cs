namespace CoeReview.Core.Diff;

/// <summary>One line of a hunk with its place in the old and new file (1-based; null where it has none).</summary>
public sealed record DiffLine(DiffLineKind Kind, int? OldLine, int? NewLine, string Text);
