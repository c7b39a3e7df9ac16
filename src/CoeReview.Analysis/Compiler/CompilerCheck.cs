using System.Globalization;
using CoeReview.Analysis.Workspace;
using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Compiler;

/// <summary>
/// The syntax expert's analysis: syntax and semantic compiler diagnostics of the changed files,
/// less those that packages or generators we could not restore explain.
/// </summary>
internal static class CompilerCheck
{
    public const string Source = "roslyn";

    /// <summary>Compiler findings in the changed files of one project compilation.</summary>
    public static IReadOnlyList<Finding> Run(ProjectCompilation project, CancellationToken cancellationToken) => Run(project, null, cancellationToken);

    /// <summary>
    /// Compiler findings in the changed files; with the diff, a warning the base already had at the same
    /// code (same id, same normalized line) is not the change's and is left out.
    /// </summary>
    public static IReadOnlyList<Finding> Run(ProjectCompilation project, DiffSet? diff, CancellationToken cancellationToken) =>
        Run(project, diff, null, cancellationToken);

    /// <summary>
    /// As <see cref="Run(ProjectCompilation, DiffSet?, CancellationToken)"/>, from the diagnostics of a compile of the
    /// whole compilation already done (by the analyzers' driver) instead of binding the changed files again.
    /// </summary>
    public static IReadOnlyList<Finding> Run(ProjectCompilation project, DiffSet? diff, IReadOnlyList<Diagnostic>? compiled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var byTree = compiled?.Where(d => d.Location.SourceTree is not null).ToLookup(d => d.Location.SourceTree!);
        var context = new UnresolvedContext(project.Compilation, project.DependsOnExternals);
        var found = new List<Finding>[project.ChangedTrees.Count];
        Parallel.For(0, project.ChangedTrees.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var tree = project.ChangedTrees[i];
            if (project.NotCompiled.Contains(tree.FilePath))
            {
                found[i] = []; // the build does not compile it, so it has no compiler diagnostics to report
                return;
            }

            var syntax = tree.GetDiagnostics(cancellationToken).ToList();
            var syntaxErrors = syntax.Select(d => (d.Id, d.Location.SourceSpan)).ToHashSet();
            if (project.BrokenSetup is not null)
            {
                // Nothing semantic can be trusted when even core types are missing; a parse error still is the PR's.
                found[i] = syntax.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => ToFinding(d, tree, true)).ToList();
                return;
            }

            var model = project.ModelOf(tree);
            var filter = new CascadeFilter(context, model, project.GeneratorsUnknown);
            // Only the members the change touches are bound: the rest of the file has nothing the review could show.
            var scope = project.ScopeOf(tree);
            var semantic = byTree is not null
                ? byTree[tree].Where(d => scope.Spans is not { } within || within.Any(span => Intersects(d, tree, span)))
                : scope.Spans is { } spans
                ? spans.SelectMany(span => model.GetDiagnostics(span, cancellationToken)).Distinct()
                : model.GetDiagnostics(cancellationToken: cancellationToken);
            var kept = semantic
                .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed)
                .Where(d => d.Location.SourceTree == tree)
                .Where(d => syntaxErrors.Contains((d.Id, d.Location.SourceSpan)) || !filter.IsExplainedByMissingReferences(d, cancellationToken))
                .ToList();
            if (diff?.Find(tree.FilePath) is { } file && kept.Any(d => d.DefaultSeverity == DiagnosticSeverity.Warning))
            {
                kept = WithoutBaseWarnings(project, tree, file, kept, cancellationToken);
            }

            found[i] = kept.Select(d => ToFinding(d, tree, syntaxErrors.Contains((d.Id, d.Location.SourceSpan)))).ToList();
        });
        return found.SelectMany(f => f).ToList();
    }

    // What SemanticModel.GetDiagnostics(span) keeps: a diagnostic with a location in the tree that intersects the span.
    private static bool Intersects(Diagnostic d, SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        d.AdditionalLocations.Prepend(d.Location).Any(l => l.SourceTree == tree && span.IntersectsWith(l.SourceSpan));

    private static List<Diagnostic> WithoutBaseWarnings(ProjectCompilation project, SyntaxTree tree, DiffFile file, List<Diagnostic> found, CancellationToken ct)
    {
        if (BaseText.Of(file, tree.GetText(ct).ToString()) is not { } old)
        {
            return found;
        }

        var baseTree = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(old));
        var baseCompilation = project.Compilation.ReplaceSyntaxTree(tree, baseTree);
        var known = baseCompilation.GetSemanticModel(baseTree).GetDiagnostics(cancellationToken: ct)
            .Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning && d.Location.SourceTree == baseTree)
            .Select(d => (d.Id, LineOf(baseTree, d.Location.GetLineSpan().StartLinePosition.Line))).ToHashSet();
        return found.Where(d => d.DefaultSeverity != DiagnosticSeverity.Warning || !known.Contains((d.Id, LineOf(tree, d.Location.GetLineSpan().StartLinePosition.Line)))).ToList();
    }

    private static string LineOf(SyntaxTree tree, int zeroBasedLine)
    {
        var lines = tree.GetText().Lines;
        return zeroBasedLine < lines.Count ? CoeReview.Core.Findings.Fingerprints.Normalize(lines[zeroBasedLine].ToString()) : "";
    }

    private static Finding ToFinding(Diagnostic d, SyntaxTree tree, bool isSyntax)
    {
        var span = d.Location.GetLineSpan();
        var message = d.GetMessage(CultureInfo.InvariantCulture).Trim();
        if (!message.EndsWith('.'))
        {
            message += ".";
        }

        return new Finding(
            Expert: "",
            RuleId: d.Id,
            Category: CategoryOf(d, isSyntax),
            Severity: d.Severity == DiagnosticSeverity.Error ? Severity.Error : Severity.Warning,
            Path: tree.FilePath,
            Line: span.StartLinePosition.Line + 1,
            EndLine: span.EndLinePosition.Line + 1,
            Column: span.StartLinePosition.Character + 1,
            Message: message,
            Suggestion: SuggestionFor(d, tree),
            Sources: [Source],
            Confidence: 1.0);
    }

    private static string CategoryOf(Diagnostic d, bool isSyntax)
    {
        if (d.Severity == DiagnosticSeverity.Error)
        {
            return isSyntax ? "syntax-error" : "compile-error";
        }

        return d.Id.StartsWith("CS86", StringComparison.Ordinal) || d.Id.StartsWith("CS87", StringComparison.Ordinal) ? "nullable" : "compile-warning";
    }

    // The one fix a reviewer can apply blindly: the missing semicolon, shown as the corrected line.
    private static string? SuggestionFor(Diagnostic d, SyntaxTree tree)
    {
        if (d.Id != "CS1002" || d.Location.SourceSpan.Length != 0)
        {
            return null;
        }

        var text = tree.GetText();
        var line = text.Lines.GetLineFromPosition(d.Location.SourceSpan.Start);
        var at = d.Location.SourceSpan.Start - line.Start;
        var content = line.ToString();
        return content[..at] + ";" + content[at..];
    }
}
