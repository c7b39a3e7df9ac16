using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;

namespace CoeReview.Git;

/// <summary>A unified diff from a file or stdin, reviewed against the files of a folder when they exist.</summary>
public sealed class DiffFileSource(string diffText, string? repoPath) : IDiffSource
{
    /// <summary>What the report says for head when the diff came from a file.</summary>
    public const string DiffHead = "DIFF";

    public Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken)
    {
        var parsed = UnifiedDiffParser.Parse(diffText);
        if (parsed.Count == 0 && !string.IsNullOrWhiteSpace(diffText))
        {
            // Empty input is an empty change; text with no file header at all is not a diff, and
            // reviewing it as "nothing" would let a broken pipe pass as a clean review.
            throw new DiffFormatException("the input is not a unified diff: no 'diff --git' or '---'/'+++' file header found");
        }

        var files = parsed.Where(f => !f.IsBinary).ToList();
        var skipped = parsed.Where(f => f.IsBinary).Select(f => new SkippedFile(f.Path, "binary")).ToList();
        var root = repoPath is not null && Directory.Exists(repoPath) ? Path.GetFullPath(repoPath) : "";
        ISnapshot snapshot = root.Length > 0 ? new WorkingTreeSnapshot(root) : EmptySnapshot.Instance;
        var where = root.Length > 0 ? $"under {root}" : "on disk";
        var notFound = files
            .Where(f => f.Kind != FileChangeKind.Deleted && snapshot.ReadText(f.Path) is null)
            .Select(f => new SkippedFile(f.Path, $"not found {where}: reviewed from the diff's lines only, without analysis (run in the repository or pass --repo)"))
            .ToList();
        return Task.FromResult(new DiffSet(root, "", DiffHead, files, skipped, snapshot) { NotFound = notFound });
    }
}
