using CoeReview.Core.Diff;
using CoeReview.Core.Findings;

namespace CoeReview.Core.Pipeline;

/// <summary>Reads the flagged code of a finding from the new tree (or the diff when the tree is absent), normalized.</summary>
internal sealed class SnippetReader(DiffSet diff)
{
    private readonly Dictionary<string, string[]?> _lines = new(StringComparer.Ordinal);

    public string Read(Finding f)
    {
        var lines = Lines(f.Path);
        var last = Math.Min(Math.Max(f.Line, f.EndLine), f.Line + 2);
        var parts = new List<string>();
        for (var n = f.Line; n <= last; n++)
        {
            var text = lines is not null && n >= 1 && n <= lines.Length ? lines[n - 1] : FromDiff(f.Path, n);
            if (text is not null)
            {
                parts.Add(text);
            }
        }

        var snippet = Fingerprints.Normalize(string.Join(' ', parts));
        return snippet.Length > 0 ? snippet : Fingerprints.Normalize(f.Message);
    }

    private string[]? Lines(string path)
    {
        if (!_lines.TryGetValue(path, out var lines))
        {
            lines = diff.Snapshot.ReadText(path)?.ReplaceLineEndings("\n").Split('\n');
            _lines[path] = lines;
        }

        return lines;
    }

    private string? FromDiff(string path, int line) =>
        diff.Find(path)?.Hunks.SelectMany(h => h.Lines).FirstOrDefault(l => l.NewLine == line)?.Text;
}
