using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Tests.Workspace;

/// <summary>Diffs that change part of a file: the given lines added, the rest context, in one hunk.</summary>
internal static class PartialDiffs
{
    /// <summary>The same files with only every other method of each file changed.</summary>
    public static DiffSet EveryOtherMethod(DiffSet whole) => new(whole.RepoRoot, "BASE", DiffSet.WorkTree,
        whole.Files.Select(f => File(f.Path, whole.Snapshot.ReadText(f.Path)!, EveryOtherMethod(whole.Snapshot.ReadText(f.Path)!))).ToList(), [], whole.Snapshot);

    public static DiffSet Of(ISnapshot snapshot, string root, string path, IReadOnlySet<int> added) =>
        new(root, "BASE", DiffSet.WorkTree, [File(path, snapshot.ReadText(path)!, added)], [], snapshot);

    /// <summary>What a reviewer sees of the findings: those on added lines, as "rule path:line".</summary>
    public static List<string> Shown(DiffSet diff, IReadOnlyList<Finding> findings) => findings
        .Where(f => diff.Find(f.Path)?.AddedLines.Contains(f.Line) == true)
        .Select(f => $"{f.RuleId} {f.Path}:{f.Line}").Distinct().Order(StringComparer.Ordinal).ToList();

    private static HashSet<int> EveryOtherMethod(string text)
    {
        var tree = CSharpSyntaxTree.ParseText(text);
        var lines = new HashSet<int>();
        foreach (var (method, i) in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select((m, i) => (m, i)))
        {
            if (i % 2 == 0)
            {
                var span = method.GetLocation().GetLineSpan();
                lines.UnionWith(Enumerable.Range(span.StartLinePosition.Line + 1, span.EndLinePosition.Line - span.StartLinePosition.Line + 1));
            }
        }

        return lines;
    }

    // One hunk over the whole file: the given lines added, the others context.
    private static DiffFile File(string path, string text, IReadOnlySet<int> added)
    {
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var diffLines = new List<DiffLine>();
        var oldLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var isAdded = added.Contains(i + 1);
            diffLines.Add(new DiffLine(isAdded ? DiffLineKind.Added : DiffLineKind.Context, isAdded ? null : ++oldLine, i + 1, lines[i]));
        }

        return new DiffFile(path, path, FileChangeKind.Modified, false, [new DiffHunk(1, oldLine, 1, lines.Length, "", diffLines)]);
    }
}
