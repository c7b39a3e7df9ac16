namespace CoeReview.Core.Diff;

/// <summary>How a file changed.</summary>
public enum FileChangeKind
{
    Modified,
    Added,
    Deleted,
    Renamed,
    Copied,
}
