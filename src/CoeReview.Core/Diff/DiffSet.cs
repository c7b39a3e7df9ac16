namespace CoeReview.Core.Diff;

/// <summary>What a review looks at: the changed files and a way to read the new tree.</summary>
public sealed record DiffSet(
    string RepoRoot,
    string Base,
    string Head,
    IReadOnlyList<DiffFile> Files,
    IReadOnlyList<SkippedFile> Skipped,
    ISnapshot Snapshot)
{
    /// <summary>Marker for a head that is the uncommitted working tree.</summary>
    public const string WorkTree = "WORKTREE";

    /// <summary>
    /// Changed files whose new text could not be read (a <c>--diff</c> run outside its repository):
    /// they are reviewed from the diff's lines alone, so the review is degraded for them.
    /// </summary>
    public IReadOnlyList<SkippedFile> NotFound { get; init; } = [];

    public DiffFile? Find(string path) => Files.FirstOrDefault(f => f.Path == path);

    public int HunkCount => Files.Sum(f => f.Hunks.Count);
}
