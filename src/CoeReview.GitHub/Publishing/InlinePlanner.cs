using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Publishing;

/// <summary>
/// Decides which findings become inline comments: only lines inside a hunk of the diff (GitHub
/// refuses the whole review otherwise, 422), a range only when both ends sit in the same hunk, at
/// most <c>cap</c> comments; everything else goes to the review body with the reason.
/// </summary>
internal static class InlinePlanner
{
    public static (IReadOnlyList<PlannedComment> Inline, IReadOnlyList<BodyItem> Body) Plan(
        IEnumerable<Finding> findings, IReadOnlyDictionary<string, DiffFile>? files, int cap)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var inline = new List<PlannedComment>();
        var body = new List<BodyItem>();
        foreach (var f in findings)
        {
            var placed = Place(f, files, out var reason);
            if (placed is null)
            {
                body.Add(new BodyItem(f, reason!));
            }
            else if (inline.Count >= cap)
            {
                body.Add(new BodyItem(f, $"over the cap of {cap} inline comments per review"));
            }
            else
            {
                inline.Add(placed);
            }
        }

        return (inline, body);
    }

    private static PlannedComment? Place(Finding f, IReadOnlyDictionary<string, DiffFile>? files, out string? reason)
    {
        reason = null;
        if (f.SummaryOnly)
        {
            reason = "low confidence";
            return null;
        }

        if (files is null)
        {
            reason = f.InDiff ? null : $"line {f.Line} is outside the diff";
            return reason is null ? Comment(f, f.Line, null) : null;
        }

        if (!files.TryGetValue(f.Path, out var file) || file.Kind == FileChangeKind.Deleted)
        {
            reason = "file is not in the diff";
            return null;
        }

        var hunk = file.Hunks.FirstOrDefault(h => h.ContainsNewLine(f.Line));
        if (hunk is null)
        {
            reason = $"line {f.Line} is outside the diff";
            return null;
        }

        return f.EndLine > f.Line && hunk.ContainsNewLine(f.EndLine) ? Comment(f, f.EndLine, f.Line) : Comment(f, f.Line, null);
    }

    private static PlannedComment Comment(Finding f, int line, int? start)
    {
        var fits = start is not null || f.EndLine <= f.Line;
        var payload = new ReviewCommentPayload(f.Path, FindingText.InlineBody(f, fits), line, "RIGHT", start, start is null ? null : "RIGHT");
        return new PlannedComment(f, payload);
    }
}
