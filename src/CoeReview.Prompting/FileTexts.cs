using System.Collections.Concurrent;
using CoeReview.Core.Diff;
using CoeReview.Core.Secrets;

namespace CoeReview.Prompting;

/// <summary>The reviewed tree's files and the diff's hunks, read once, redacted once, and their C# members found once; shared by the experts of a review.</summary>
internal sealed class FileTexts(ISnapshot snapshot)
{
    private readonly ConcurrentDictionary<string, Lazy<string[]?>> _lines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<MemberSpan>>> _members = new(StringComparer.Ordinal);
    // By reference, each computed once: the experts of a review plan in parallel over the same hunks.
    private readonly ConcurrentDictionary<DiffHunk, Lazy<RedactedHunk>> _hunks = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The hunk's lines with secrets redacted, and how many were. The hunk is redacted as one text so a
    /// private-key block spanning lines is caught; the redactor keeps line breaks. The catalogue alone
    /// decides: it finds what the hard-coded-secret rule finds, so no finding is consulted.
    /// </summary>
    public RedactedHunk Redacted(DiffHunk hunk) => _hunks.GetOrAdd(hunk, h => new Lazy<RedactedHunk>(() =>
    {
        var (text, count) = SecretRedactor.Default.Redact(string.Join('\n', h.Lines.Select(l => l.Text)));
        var redacted = text.Split('\n');
        return new RedactedHunk(h.Lines.Select((line, i) => line with { Text = i < redacted.Length ? redacted[i] : "" }).ToList(), count);
    })).Value;

    /// <summary>Computes what planning the hunk reads, once: its redaction, its file's lines and, for C#, the file's members.</summary>
    public void Prepare(string path, DiffHunk hunk)
    {
        Redacted(hunk);
        if (CSharpMembers.IsCSharp(path) && Lines(path) is not null)
        {
            Members(path, hunk);
        }
    }

    /// <summary>The file's lines with secrets redacted, or null when the tree does not have it.</summary>
    public string[]? Lines(string path) => _lines.GetOrAdd(path, p => new Lazy<string[]?>(() =>
    {
        var text = snapshot.ReadText(p);
        return text is null ? null : SecretRedactor.Default.Redact(text.ReplaceLineEndings("\n")).Text.Split('\n');
    })).Value;

    /// <summary>Members of a C# file from the tree, or, without the tree, of the hunk's new-side text alone.</summary>
    public IReadOnlyList<MemberSpan> Members(string path, DiffHunk hunk)
    {
        if (!CSharpMembers.IsCSharp(path))
        {
            return [];
        }

        var lines = Lines(path);
        if (lines is not null)
        {
            return _members.GetOrAdd(path, _ => new Lazy<IReadOnlyList<MemberSpan>>(() => CSharpMembers.Find(string.Join('\n', lines)))).Value;
        }

        var newSide = hunk.Lines.Where(l => l.NewLine is not null).Select(l => l.Text);
        return CSharpMembers.Find(string.Join('\n', newSide), hunk.NewStart);
    }
}
