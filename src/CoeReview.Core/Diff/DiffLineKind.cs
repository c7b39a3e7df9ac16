namespace CoeReview.Core.Diff;

/// <summary>What a line of a hunk is: unchanged context, added or deleted.</summary>
public enum DiffLineKind
{
    Context,
    Added,
    Deleted,
}
