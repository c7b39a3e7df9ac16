using System.Text;
using System.Text.RegularExpressions;
using CoeReview.Core.Diff;

namespace CoeReview.Routing.Embedding;

/// <summary>
/// What the router embeds for a hunk: words of the file path, the enclosing member and the changed
/// lines. Identifiers are split at case changes and most punctuation is dropped, because the
/// embedding model reads English words far better than code punctuation, and because every token
/// costs time: the text is capped at <see cref="MaxWords"/> words.
/// </summary>
internal static partial class HunkText
{
    /// <summary>Changes whenever the text preparation changes, so cached vectors are not reused across it.</summary>
    public const string Version = "t1";

    public const int MaxWords = 40;

    [GeneratedRegex(@"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|protected|internal|static|async|override|virtual|sealed|abstract|partial|readonly|unsafe|extern|new)\s+)+[\w<>\[\],.?\s]*?\b(\w+)\s*(?:<[^>]*>)?\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex MemberPattern();

    [GeneratedRegex(@"\b(?:class|record|struct|interface)\s+(\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CaseBoundary();

    [GeneratedRegex(@"\+=|\?\?|[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The text to embed for one hunk of a file.</summary>
    public static string For(DiffFile file, DiffHunk hunk, ISnapshot? snapshot)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(hunk);
        var changed = hunk.Lines.Where(l => l.Kind == DiffLineKind.Added).Concat(hunk.Lines.Where(l => l.Kind == DiffLineKind.Deleted)).Select(l => l.Text);
        return Compose(file.Path, EnclosingMember(file, hunk, snapshot), changed);
    }

    /// <summary>The text to embed for an expert's example snippet or description.</summary>
    public static string ForExample(string text) => Compose("", null, [text]);

    private static string Compose(string path, string? member, IEnumerable<string> lines)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = path.Split('/');
        foreach (var part in folders.Skip(Math.Max(0, folders.Length - 3)))
        {
            Add(Path.GetFileNameWithoutExtension(part));
        }

        if (member is not null)
        {
            Add(member);
        }

        foreach (var line in lines)
        {
            Add(line);
            if (words.Count >= MaxWords)
            {
                break;
            }
        }

        var text = new StringBuilder();
        foreach (var w in words.Take(MaxWords))
        {
            text.Append(text.Length == 0 ? "" : " ").Append(w);
        }

        return text.ToString();

        void Add(string source)
        {
            foreach (Match m in Word().Matches(source))
            {
                foreach (var piece in CaseBoundary().Split(m.Value))
                {
                    var w = piece.ToLowerInvariant();
                    // Repeats add tokens, not meaning.
                    if (w.Length > 0 && seen.Add(w))
                    {
                        words.Add(w);
                    }
                }
            }
        }
    }

    /// <summary>The member the hunk is in: git's section heading, else the nearest declaration above the first change.</summary>
    public static string? EnclosingMember(DiffFile file, DiffHunk hunk, ISnapshot? snapshot)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(hunk);
        var firstChange = hunk.Lines.TakeWhile(l => l.Kind == DiffLineKind.Context).Select(l => l.Text).Reverse();
        var found = firstChange.Select(Declared).FirstOrDefault(m => m is not null) ?? Declared(hunk.Section);
        if (found is not null || snapshot is null || hunk.NewStart <= 1)
        {
            return found;
        }

        var lines = snapshot.ReadText(file.Path)?.Split('\n');
        if (lines is null)
        {
            return null;
        }

        for (var i = Math.Min(hunk.NewStart - 1, lines.Length) - 1; i >= 0; i--)
        {
            if (Declared(lines[i]) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    private static string? Declared(string line)
    {
        var member = MemberPattern().Match(line);
        if (member.Success)
        {
            return member.Groups[1].Value;
        }

        var type = TypePattern().Match(line);
        return type.Success ? type.Groups[1].Value : null;
    }
}
