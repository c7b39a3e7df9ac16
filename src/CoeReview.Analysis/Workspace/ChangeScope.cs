using CoeReview.Core.Diff;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// The part of a changed file the review can show: the members (methods, properties, fields, the
/// top-level program) that hold a changed line, and the changed lines outside any member. What lies
/// outside it is neither bound nor analysed, since its findings would be filtered out anyway.
/// </summary>
public sealed class ChangeScope
{
    private readonly IReadOnlyList<TextSpan>? _spans;

    private ChangeScope(IReadOnlyList<TextSpan>? spans) => _spans = spans;

    /// <summary>The whole file (for the file and nofilter filters, and files without a diff).</summary>
    public static ChangeScope WholeFile { get; } = new(null);

    /// <summary>The spans to analyse, merged and in order; null for the whole file.</summary>
    public IReadOnlyList<TextSpan>? Spans => _spans;

    public bool IsWholeFile => _spans is null;

    /// <summary>The members of <paramref name="tree"/> that hold one of the 1-based <paramref name="lines"/>.</summary>
    public static ChangeScope Of(SyntaxTree tree, IEnumerable<int> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(lines);
        var root = tree.GetRoot(cancellationToken);
        var text = tree.GetText(cancellationToken);
        var spans = new List<TextSpan>();
        foreach (var line in lines.Where(l => l >= 1 && l <= text.Lines.Count).Distinct())
        {
            var span = text.Lines[line - 1].Span;
            var token = root.FindToken(span.Start);
            var member = token.Parent?.AncestorsAndSelf().FirstOrDefault(n =>
                n is GlobalStatementSyntax || n is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
            spans.Add(member switch
            {
                // Top-level statements are one method: a change in one is a change in all of them.
                GlobalStatementSyntax => root.FullSpan,
                not null => member.FullSpan,
                _ => span,
            });
        }

        return new ChangeScope(Merge(spans));
    }

    /// <summary>The scope a filter shows for a file: its added lines, or the lines of its hunks.</summary>
    public static ChangeScope For(SyntaxTree tree, DiffFile? file, AnalysisScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (file is null || scope == AnalysisScope.WholeFiles)
        {
            return WholeFile;
        }

        var lines = scope == AnalysisScope.Hunks
            ? file.Hunks.Where(h => h.NewCount > 0).SelectMany(h => Enumerable.Range(h.NewStart, h.NewCount))
            : file.AddedLines;
        return Of(tree, lines, cancellationToken);
    }

    /// <summary>Whether any part of the span is in scope.</summary>
    public bool Intersects(TextSpan span)
    {
        if (_spans is null)
        {
            return true;
        }

        foreach (var s in _spans)
        {
            // Overlap, not IntersectsWith: that counts a member that merely ends where the next begins.
            if (s.OverlapsWith(span) || span.IsEmpty && s.Contains(span.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && merged[^1].End >= span.Start)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
