using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Tests.Quality;

/// <summary>
/// The labelled corpus under TestData/corpus: case files mark every expected finding with
/// "// expect: category[, category]" on the line a reviewer would comment on; lines without a mark
/// must stay silent. Stubs/ holds package stand-ins and is compiled, never reviewed.
/// </summary>
internal static class Corpus
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "corpus");

    public static IReadOnlyList<string> CaseFiles { get; } = Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Where(f => !f.Contains("/Stubs/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<CorpusLabel> Labels { get; } = CaseFiles.SelectMany(ReadLabels).ToList();

    public static DiffSet Diff() => DiffSets.AllAdded(Root, new DirectorySnapshot(Root), CaseFiles);

    private static IEnumerable<CorpusLabel> ReadLabels(string path)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, path));
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf("// expect:", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            foreach (var category in lines[i][(at + "// expect:".Length)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return new CorpusLabel(path, i + 1, category);
            }
        }
    }
}
