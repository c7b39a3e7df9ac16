using CoeReview.Core.Findings;

namespace CoeReview.GitHub.Publishing;

/// <summary>How one finding reads in a comment, a list item or a table row.</summary>
internal static class FindingText
{
    public static string Icon(Severity s) => s switch
    {
        Severity.Error => "🔴",
        Severity.Warning => "🟡",
        _ => "🔵",
    };

    /// <summary>The body of an inline comment, ending with its hidden marker.</summary>
    public static string InlineBody(Finding f, bool suggestionFitsRange)
    {
        ArgumentNullException.ThrowIfNull(f);
        var parts = new List<string>
        {
            $"{Icon(f.Severity)} **{f.Severity.ToName()}** {MarkdownText.Code(f.RuleId)} · {MarkdownText.Inline(f.Expert)} · {MarkdownText.Inline(f.Category)}",
            MarkdownText.Inline(f.Message),
        };
        if (!string.IsNullOrEmpty(f.Suggestion))
        {
            // A suggestion block replaces exactly the commented lines; elsewhere it is shown as code.
            parts.Add(MarkdownText.Fence(f.Suggestion, suggestionFitsRange ? "suggestion" : ""));
        }

        parts.Add($"<sub>CoeReview · {MarkdownText.Inline(string.Join(", ", f.Sources))} · confidence {f.Confidence:0.00}</sub>");
        return string.Join("\n\n", parts) + "\n" + CommentMarkers.For(f.Fingerprint);
    }

    /// <summary>A one-line list item with its marker, for review bodies and the summary.</summary>
    public static string ListItem(Finding f, string? reason = null, bool marker = true)
    {
        ArgumentNullException.ThrowIfNull(f);
        var where = f.EndLine > f.Line ? $"{f.Path}:{f.Line}-{f.EndLine}" : $"{f.Path}:{f.Line}";
        var why = reason is null ? "" : $" _({MarkdownText.Inline(reason)})_";
        var tail = marker && f.Fingerprint.Length > 0 ? " " + CommentMarkers.For(f.Fingerprint) : "";
        return $"- {Icon(f.Severity)} **{f.Severity.ToName()}** {MarkdownText.Code(where)} {MarkdownText.Code(f.RuleId)} ({MarkdownText.Inline(f.Expert)}): {MarkdownText.Inline(f.Message)}{why}{tail}";
    }
}
