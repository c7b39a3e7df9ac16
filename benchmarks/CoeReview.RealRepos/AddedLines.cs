using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeReview.RealRepos;

/// <summary>
/// The line numbers (in the new file) that a commit added, per repository-relative path, read off
/// <c>git diff -U0</c>: both the review and the build are judged on these lines only.
/// </summary>
internal sealed partial class AddedLines
{
    private readonly Dictionary<string, HashSet<int>> _lines = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Paths => _lines.Keys;

    public bool Contains(string path, int line) => _lines.TryGetValue(path, out var set) && set.Contains(line);

    public static AddedLines Parse(string unifiedDiff)
    {
        var result = new AddedLines();
        HashSet<int>? current = null;
        foreach (var line in unifiedDiff.Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                // "+++ /dev/null" is a deleted file: nothing of it is added.
                current = line.StartsWith("+++ b/", StringComparison.Ordinal) ? result.For(line[6..].TrimEnd('\r')) : null;
                continue;
            }

            var hunk = HunkHeader().Match(line);
            if (hunk.Success && current is not null)
            {
                var start = int.Parse(hunk.Groups["start"].Value, CultureInfo.InvariantCulture);
                var count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
                for (var n = start; n < start + count; n++)
                {
                    current.Add(n);
                }
            }
        }

        return result;
    }

    private HashSet<int> For(string path)
    {
        if (!_lines.TryGetValue(path, out var set))
        {
            set = [];
            _lines[path] = set;
        }

        return set;
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@")]
    private static partial Regex HunkHeader();
}
