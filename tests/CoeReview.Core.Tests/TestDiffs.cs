using CoeReview.Core.Diff;
using CoeReview.Core.Findings;

namespace CoeReview.Core.Tests;

/// <summary>Small diffs and findings built in code for Core's tests.</summary>
internal static class TestDiffs
{
    /// <summary>A.cs with lines 1..20; the diff adds lines 5 and 6 (hunk covers 2..9).</summary>
    public static DiffSet OneFile(string? content = null)
    {
        var text = "diff --git a/src/A.cs b/src/A.cs\n--- a/src/A.cs\n+++ b/src/A.cs\n@@ -2,6 +2,8 @@\n l2\n l3\n l4\n+added5\n+added6\n l7\n l8\n l9\n";
        var files = UnifiedDiffParser.Parse(text);
        var source = content ?? string.Join("\n", Enumerable.Range(1, 20).Select(i => i is 5 or 6 ? $"added{i}" : $"l{i}"));
        return new DiffSet("/repo", "base", "head", files, [], new MapSnapshot(new() { ["src/A.cs"] = source }));
    }

    public static Finding At(int line, string rule = "CS0029", string expert = "syntax", string category = "compile-error", string source = "roslyn", double confidence = 1.0) =>
        new(expert, rule, category, Severity.Error, "src/A.cs", line, line, 1, $"problem at {line}", null, [source], confidence);

    internal sealed class MapSnapshot(Dictionary<string, string> files) : ISnapshot
    {
        public string? ReadText(string path) => files.GetValueOrDefault(path);

        public IEnumerable<string> ListFiles(string folder) => files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal));
    }
}
