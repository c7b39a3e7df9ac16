using CoeReview.Core.Diff;

namespace CoeReview.Prompting;

/// <summary>
/// Cuts an oversized hunk's lines into parts that fit a token budget: at member boundaries first
/// (so a method stays whole when it can), then between lines. A deleted line stays with the line
/// after it, where its change shows in the new file.
/// </summary>
internal static class HunkSplitter
{
    /// <summary>Parts in order, each non-empty, costed as the sum of its lines' costs. A single line that alone exceeds the budget comes back as its own part.</summary>
    public static IReadOnlyList<IReadOnlyList<DiffLine>> Split(IReadOnlyList<DiffLine> lines, IReadOnlyList<MemberSpan> members, int budget, Func<DiffLine, int> lineCost)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(lineCost);
        int Cost(IEnumerable<DiffLine> part) => part.Sum(lineCost);
        var starts = members.Select(m => m.StartLine).ToHashSet();
        var segments = new List<List<DiffLine>>();
        var current = new List<DiffLine>();
        foreach (var line in lines)
        {
            if (line.NewLine is { } n && starts.Contains(n) && current.Any(l => l.NewLine is not null))
            {
                segments.Add(MoveTrailingDeletes(current, out current));
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            segments.Add(current);
        }

        var parts = new List<IReadOnlyList<DiffLine>>();
        var part = new List<DiffLine>();
        foreach (var segment in segments)
        {
            if (part.Count > 0 && Cost(part) + Cost(segment) <= budget)
            {
                part.AddRange(segment);
                continue;
            }

            if (part.Count > 0)
            {
                parts.Add(part);
                part = [];
            }

            if (Cost(segment) <= budget)
            {
                part.AddRange(segment);
            }
            else
            {
                parts.AddRange(ByLines(segment, budget, lineCost));
            }
        }

        if (part.Count > 0)
        {
            parts.Add(part);
        }

        return parts;
    }

    // Deleted lines just before a member boundary belong to the member that follows.
    private static List<DiffLine> MoveTrailingDeletes(List<DiffLine> segment, out List<DiffLine> next)
    {
        var keep = segment.Count;
        while (keep > 0 && segment[keep - 1].NewLine is null)
        {
            keep--;
        }

        next = segment.GetRange(keep, segment.Count - keep);
        return segment.GetRange(0, keep);
    }

    private static IEnumerable<IReadOnlyList<DiffLine>> ByLines(List<DiffLine> segment, int budget, Func<DiffLine, int> lineCost)
    {
        var part = new List<DiffLine>();
        var used = 0;
        foreach (var line in segment)
        {
            var c = lineCost(line);
            if (part.Count > 0 && part.Any(l => l.NewLine is not null) && used + c > budget)
            {
                yield return part;
                part = [];
                used = 0;
            }

            part.Add(line);
            used += c;
        }

        if (part.Count > 0)
        {
            yield return part;
        }
    }
}
