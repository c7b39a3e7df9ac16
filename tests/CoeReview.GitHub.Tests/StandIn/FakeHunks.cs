using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeReview.GitHub.Tests.StandIn;

/// <summary>
/// GitHub's own rule for where a review comment may sit: a RIGHT line inside a hunk's new range, a
/// LEFT line inside its old range, start and end in the same hunk. Written independently of the
/// library's parser so the stand-in does not share its bugs.
/// </summary>
public static partial class FakeHunks
{
    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")]
    private static partial Regex Header();

    public static IReadOnlyList<(int OldStart, int OldEnd, int NewStart, int NewEnd)> Ranges(string patch)
    {
        var ranges = new List<(int, int, int, int)>();
        foreach (var line in patch.Split('\n'))
        {
            var m = Header().Match(line);
            if (!m.Success)
            {
                continue;
            }

            int Num(int g, int fallback) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : fallback;
            var oldStart = Num(1, 0);
            var newStart = Num(3, 0);
            ranges.Add((oldStart, oldStart + Num(2, 1) - 1, newStart, newStart + Num(4, 1) - 1));
        }

        return ranges;
    }

    /// <summary>The hunk index holding the line on that side, or -1 ("line must be part of the diff").</summary>
    public static int HunkOf(string patch, int line, string side)
    {
        var ranges = Ranges(patch);
        for (var i = 0; i < ranges.Count; i++)
        {
            var r = ranges[i];
            var inside = side == "LEFT" ? line >= r.OldStart && line <= r.OldEnd : line >= r.NewStart && line <= r.NewEnd;
            if (inside)
            {
                return i;
            }
        }

        return -1;
    }
}
