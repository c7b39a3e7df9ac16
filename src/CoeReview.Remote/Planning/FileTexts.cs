using CoeReview.Core.Diff;
using CoeReview.Remote.Safety;

namespace CoeReview.Remote.Planning;

/// <summary>The reviewed tree's files, read once, redacted, and their C# members found once.</summary>
internal sealed class FileTexts(ISnapshot snapshot)
{
    private readonly Dictionary<string, string[]?> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<MemberSpan>> _members = new(StringComparer.Ordinal);

    /// <summary>The file's lines with secrets redacted, or null when the tree does not have it.</summary>
    public string[]? Lines(string path)
    {
        if (!_lines.TryGetValue(path, out var lines))
        {
            var text = snapshot.ReadText(path);
            lines = text is null ? null : SecretRedactor.Redact(text.ReplaceLineEndings("\n")).Text.Split('\n');
            _lines[path] = lines;
        }

        return lines;
    }

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
            if (!_members.TryGetValue(path, out var members))
            {
                members = CSharpMembers.Find(string.Join('\n', lines));
                _members[path] = members;
            }

            return members;
        }

        var newSide = hunk.Lines.Where(l => l.NewLine is not null).Select(l => l.Text);
        return CSharpMembers.Find(string.Join('\n', newSide), hunk.NewStart);
    }
}
