using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Compiler;

/// <summary>
/// A changed file as it was before the change, rebuilt from its new text and the diff's hunks (each
/// hunk's new lines give way to its context and deleted lines), so the base needs no second checkout.
/// </summary>
internal static class BaseText
{
    /// <summary>The old text, or null when the file is new or the hunks do not fit the new text.</summary>
    public static string? Of(DiffFile file, string newText)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(newText);
        if (file.Kind is not (FileChangeKind.Modified or FileChangeKind.Renamed) || file.Hunks.Count == 0)
        {
            return null;
        }

        var lines = newText.Split('\n');
        var result = new List<string>(lines.Length);
        var next = 1; // the next new-file line to copy
        foreach (var hunk in file.Hunks.OrderBy(h => h.NewStart))
        {
            var start = hunk.NewCount == 0 ? hunk.NewStart + 1 : hunk.NewStart;
            if (start < next || start - 1 > lines.Length)
            {
                return null;
            }

            for (; next < start; next++)
            {
                result.Add(lines[next - 1]);
            }

            result.AddRange(hunk.Lines.Where(l => l.Kind != DiffLineKind.Added).Select(l => l.Text));
            next = start + hunk.Lines.Count(l => l.Kind != DiffLineKind.Deleted);
        }

        for (; next <= lines.Length; next++)
        {
            result.Add(lines[next - 1]);
        }

        return string.Join('\n', result);
    }
}
