using System.Text;

namespace CoeReview.GitHub.Publishing;

/// <summary>
/// Makes untrusted text (finding messages come from models reading PR content) safe inside the
/// Markdown we post: no HTML (so no <c>&lt;!--</c> to hide text or forge markers, no tags), no
/// @-mentions that would ping people, one line, and code fences that the text cannot close.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Text for a paragraph or list item: HTML and mentions neutralised, newlines flattened.</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '@': sb.Append("&#64;"); break;
                case '\r': break;
                case '\n': sb.Append(' '); break;
                default: sb.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>Text for a table cell: as <see cref="Inline"/> with pipes escaped.</summary>
    public static string Cell(string? text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>An inline code span the text cannot break out of.</summary>
    public static string Code(string? text)
    {
        var clean = (text ?? "").Replace('\n', ' ').Replace('\r', ' ');
        var ticks = new string('`', LongestRun(clean, '`') + 1);
        var pad = clean.StartsWith('`') || clean.EndsWith('`') ? " " : "";
        return $"{ticks}{pad}{clean}{pad}{ticks}";
    }

    /// <summary>A fenced block (```info) whose fence is longer than any backtick run inside.</summary>
    public static string Fence(string content, string info)
    {
        ArgumentNullException.ThrowIfNull(content);
        var fence = new string('`', Math.Max(3, LongestRun(content, '`') + 1));
        return $"{fence}{info}\n{content.Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n')}\n{fence}";
    }

    private static int LongestRun(string s, char c)
    {
        int best = 0, run = 0;
        foreach (var x in s)
        {
            run = x == c ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        return best;
    }
}
