using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Prompting;

/// <summary>
/// A hunk, or a part of an oversized one, ready to send: its lines with secrets already redacted,
/// context from the enclosing member, the analysis findings on its lines, its token cost and risk.
/// </summary>
public sealed record HunkPiece(
    ExpertTask Task,
    int Part,
    int Parts,
    IReadOnlyList<DiffLine> Lines,
    IReadOnlyList<string> Context,
    IReadOnlyList<Finding> Analysis,
    double Risk)
{
    public string Path => Task.File.Path;

    public string HunkHeader => Task.Hunk.Header;

    /// <summary>Prompt tokens of the rendered piece (set once rendered).</summary>
    public int Tokens { get; init; }

    /// <summary>New-file lines the piece shows for review: the only lines a model finding may point at.</summary>
    public IReadOnlySet<int> ReviewLines { get; } = Lines.Where(l => l.NewLine is not null).Select(l => l.NewLine!.Value).ToHashSet();

    /// <summary>The report's name for what this piece covers.</summary>
    public string Describe() => Parts > 1 ? $"{HunkHeader} (part {Part} of {Parts})" : HunkHeader;
}
