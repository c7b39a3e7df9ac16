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
        var files = parsed.Where(f => !f.IsBinary).ToList();
        var skipped = parsed.Where(f => f.IsBinary).Select(f => new SkippedFile(f.Path, "binary")).ToList();
        var root = repoPath is not null && Directory.Exists(repoPath) ? Path.GetFullPath(repoPath) : "";
        ISnapshot snapshot = root.Length > 0 ? new WorkingTreeSnapshot(root) : EmptySnapshot.Instance;
        return Task.FromResult(new DiffSet(root, "", DiffHead, files, skipped, snapshot));
    }
}
