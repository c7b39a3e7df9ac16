using System.Globalization;
using System.Text;
using CoeReview.Core.Diff;

namespace CoeReview.Testing;

/// <summary>
/// Diffs built in code: a fixed one-file diff, and unified diffs of a file whose given new-file lines were
/// added (three lines of context, as git does) with the diff set over them.
/// </summary>
public static class TestDiffs
{
    /// <summary>src/A.cs with lines 1..20; the diff adds lines 5 and 6 (hunk covers 2..9).</summary>
    public static DiffSet OneFile(string? content = null)
    {
        var text = "diff --git a/src/A.cs b/src/A.cs\n--- a/src/A.cs\n+++ b/src/A.cs\n@@ -2,6 +2,8 @@\n l2\n l3\n l4\n+added5\n+added6\n l7\n l8\n l9\n";
        var source = content ?? string.Join("\n", Enumerable.Range(1, 20).Select(i => i is 5 or 6 ? $"added{i}" : $"l{i}"));
        return Set(text, new Dictionary<string, string> { ["src/A.cs"] = source });
    }

    public static string Modified(string path, string newText, params int[] added)
    {
        ArgumentNullException.ThrowIfNull(newText);
        ArgumentNullException.ThrowIfNull(added);
        var lines = newText.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var set = added.ToHashSet();
        var sb = new StringBuilder($"diff --git a/{path} b/{path}\n--- a/{path}\n+++ b/{path}\n");
        foreach (var (first, last) in Clusters(added.Order().ToList()))
        {
            var start = Math.Max(1, first - 3);
            var end = Math.Min(lines.Length, last + 3);
            var oldStart = start - added.Count(a => a < start);
            var oldCount = Enumerable.Range(start, end - start + 1).Count(n => !set.Contains(n));
            sb.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{start},{end - start + 1} @@\n");
            for (var n = start; n <= end; n++)
            {
                sb.Append(set.Contains(n) ? '+' : ' ').Append(lines[n - 1]).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>A diff set over the files' new texts (the snapshot serves them unless <paramref name="withTree"/> is false).</summary>
    public static DiffSet Set(string diff, IReadOnlyDictionary<string, string> files, bool withTree = true) =>
        new("/repo", "base", "head", UnifiedDiffParser.Parse(diff), [], withTree ? new DictionarySnapshot(files) : EmptySnapshot.Instance);

    private static IEnumerable<(int First, int Last)> Clusters(List<int> added)
    {
        var i = 0;
        while (i < added.Count)
        {
            var first = added[i];
            var last = first;
            while (i + 1 < added.Count && added[i + 1] - last <= 6)
            {
                last = added[++i];
            }

            i++;
            yield return (first, last);
        }
    }
}
