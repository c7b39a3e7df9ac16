using CoeReview.Core.Diff;
using CoeReview.Core.Routing;

namespace CoeReview.Evaluation;

/// <summary>Generates labelled hunks from <see cref="Templates"/> with random names, folders, members and line numbers.</summary>
public static class LabelledSet
{
    /// <summary>A reproducible set of <paramref name="count"/> hunks, each in its own file of a unique path.</summary>
    public static IReadOnlyList<LabelledHunk> Generate(int count, int seed)
    {
        var names = new Names(new Random(seed));
        var weighted = Templates.All.SelectMany(t => Enumerable.Repeat(t, t.Weight)).ToList();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<LabelledHunk>(count);
        for (var i = 0; i < count; i++)
        {
            var (name, _, make) = i < Templates.All.Count ? Templates.All[i] : weighted[names.Int(0, weighted.Count)];
            var c = make(names);
            var path = Unique(c.Path, paths);
            var (file, firstAdded) = ToFile(path, c, names);
            var hits = c.Hits.Select(e => new RoutingHit(path, firstAdded, e, "compiler error")).ToList();
            result.Add(new LabelledHunk(file, c.Experts.ToHashSet(StringComparer.Ordinal), name, hits));
        }

        return result;
    }

    /// <summary>The diff a review of the whole set would see.</summary>
    public static DiffSet ToDiff(IReadOnlyList<LabelledHunk> hunks)
    {
        ArgumentNullException.ThrowIfNull(hunks);
        return new DiffSet("/labelled", "base", "head", hunks.Select(h => h.File).ToList(), [], EmptySnapshot.Instance);
    }

    private static (DiffFile File, int FirstAdded) ToFile(string path, HunkCase c, Names names)
    {
        var start = names.Int(5, 400);
        var lines = new List<DiffLine>();
        int oldLine = start, newLine = start;
        // Half the hunks carry the member as git's section heading, half as a context line.
        var inSection = c.Member.Length > 0 && names.Int(0, 2) == 0;
        if (!inSection && c.Member.Length > 0)
        {
            lines.Add(new DiffLine(DiffLineKind.Context, oldLine++, newLine++, c.Member));
            lines.Add(new DiffLine(DiffLineKind.Context, oldLine++, newLine++, "    {"));
        }

        lines.AddRange(c.Removed.Select(r => new DiffLine(DiffLineKind.Deleted, oldLine++, null, "        " + r)));
        var firstAdded = newLine;
        lines.AddRange(c.Added.Select(a => new DiffLine(DiffLineKind.Added, null, newLine++, "        " + a)));
        lines.Add(new DiffLine(DiffLineKind.Context, oldLine++, newLine++, "    }"));
        var oldCount = lines.Count(l => l.Kind != DiffLineKind.Added);
        var newCount = lines.Count(l => l.Kind != DiffLineKind.Deleted);
        var hunk = new DiffHunk(start, oldCount, start, newCount, inSection ? c.Member.Trim() : "", lines);
        return (new DiffFile(path, path, FileChangeKind.Modified, false, [hunk]), firstAdded);
    }

    private static string Unique(string path, HashSet<string> paths)
    {
        var candidate = path;
        var ext = Path.GetExtension(path);
        for (var n = 2; !paths.Add(candidate); n++)
        {
            candidate = path[..^ext.Length] + n + ext;
        }

        return candidate;
    }
}
