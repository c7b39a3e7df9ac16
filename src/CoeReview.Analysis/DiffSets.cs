using CoeReview.Core.Diff;

namespace CoeReview.Analysis;

/// <summary>Builds diffs over a snapshot for benchmarks and corpora, where no git history exists.</summary>
public static class DiffSets
{
    /// <summary>A diff that adds each named file whole: every line is an added line.</summary>
    public static DiffSet AllAdded(string repoRoot, ISnapshot snapshot, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<DiffFile>();
        foreach (var path in paths)
        {
            var text = snapshot.ReadText(path) ?? "";
            var lines = text.Split('\n');
            var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
            var diffLines = Enumerable.Range(0, count).Select(i => new DiffLine(DiffLineKind.Added, null, i + 1, lines[i].TrimEnd('\r'))).ToList();
            files.Add(new DiffFile(path, null, FileChangeKind.Added, false, [new DiffHunk(0, 0, 1, count, "", diffLines)]));
        }

        return new DiffSet(repoRoot, "BASE", DiffSet.WorkTree, files, [], snapshot);
    }
}
