using System.Collections.Immutable;
using System.Globalization;
using CoeReview.Analysis.Workspace;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CoeReview.Analysis.External;

/// <summary>
/// Attaches loaded analyzer sets to a project compilation and runs them on its changed files. The
/// attached compilation is handed back so the compiler check and our rules bind through it too:
/// each method body is bound once for everyone. When most of the project changed, the analyzers run
/// over the whole compilation, whose compile the driver forces anyway: asked to, the run keeps that
/// compile's diagnostics for the compiler check instead of discarding them.
/// </summary>
internal sealed class ExternalAnalyzerRun
{
    private readonly CompilationWithAnalyzers? _withAnalyzers;
    private readonly bool _keepsCompilerDiagnostics;

    public ExternalAnalyzerRun(IReadOnlyList<AnalyzerSet> sets, ProjectCompilation project)
        : this(sets, project, keepCompilerDiagnostics: false)
    {
    }

    /// <summary>With keepCompilerDiagnostics, a whole-compilation run also keeps the compiler's diagnostics (see <see cref="CompilerDiagnostics"/>).</summary>
    public ExternalAnalyzerRun(IReadOnlyList<AnalyzerSet> sets, ProjectCompilation project, bool keepCompilerDiagnostics)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(project);
        var analyzers = sets.SelectMany(s => s.Analyzers).ToImmutableArray();
        if (analyzers.IsEmpty || project.ChangedTrees.Count == 0)
        {
            Project = project;
            return;
        }

        var options = project.Compilation.Options.SpecificDiagnosticOptions;
        foreach (var set in sets)
        {
            options = options.SetItems(set.DiagnosticOptions);
        }

        var compilation = project.Compilation.WithOptions(project.Compilation.Options.WithSpecificDiagnosticOptions(options));
        _withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: StageProfile.Enabled));
        Project = project.WithCompilation((CSharpCompilation)_withAnalyzers.Compilation);
        _keepsCompilerDiagnostics = keepCompilerDiagnostics && AnalysesWholeCompilation(project);
    }

    /// <summary>The project over the compilation the analyzers observe.</summary>
    public ProjectCompilation Project { get; }

    /// <summary>True when <see cref="RunAsync"/> also yields the compiler's diagnostics of every tree.</summary>
    public bool KeepsCompilerDiagnostics => _withAnalyzers is not null && _keepsCompilerDiagnostics;

    /// <summary>The compiler's diagnostics of the whole compilation, once <see cref="RunAsync"/> completed with <see cref="KeepsCompilerDiagnostics"/>.</summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics { get; private set; } = [];

    /// <summary>Most of the project changed: one pass over the whole compilation costs less than a pass per file.</summary>
    public static bool AnalysesWholeCompilation(ProjectCompilation project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.ChangedTrees.Distinct().Count() * 2 >= project.Compilation.SyntaxTrees.Length;
    }

    public async Task<IReadOnlyList<Finding>> RunAsync(CancellationToken cancellationToken)
    {
        if (_withAnalyzers is null)
        {
            return [];
        }

        try
        {
            return await RunAnalyzersAsync(_withAnalyzers, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ProfileSlowestAsync(_withAnalyzers, cancellationToken).ConfigureAwait(false);
        }
    }

    // Under COE_REVIEW_TRACE the analyzers that cost most, by their own execution time.
    private static async Task ProfileSlowestAsync(CompilationWithAnalyzers withAnalyzers, CancellationToken cancellationToken)
    {
        if (!StageProfile.Enabled)
        {
            return;
        }

        var times = new List<(string Name, double Ms)>();
        foreach (var analyzer in withAnalyzers.Analyzers)
        {
            var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
            times.Add((analyzer.GetType().Name, info.ExecutionTime.TotalMilliseconds));
        }

        foreach (var (name, ms) in times.OrderByDescending(t => t.Ms).Take(6))
        {
            StageProfile.Add("  analyzer " + name, ms);
        }
    }

    private async Task<IReadOnlyList<Finding>> RunAnalyzersAsync(CompilationWithAnalyzers withAnalyzers, CancellationToken cancellationToken)
    {
        var changed = Project.ChangedTrees.ToHashSet();
        if (AnalysesWholeCompilation(Project))
        {
            var all = await WholeCompilationAsync(withAnalyzers, cancellationToken).ConfigureAwait(false);
            return all.Where(d => d.Location.SourceTree is { } t && changed.Contains(t) && IsReported(d, t) && Project.ScopeOf(t).Intersects(d.Location.SourceSpan))
                .Select(d => ToFinding(d, d.Location.SourceTree!)).ToList();
        }

        var perTree = await Task.WhenAll(Project.ChangedTrees.Select(tree => Task.Run(async () =>
        {
            var scope = Project.ScopeOf(tree);
            var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false);
            var semantic = new List<Diagnostic>();
            foreach (var span in scope.Spans?.Select(s => (TextSpan?)s) ?? [null])
            {
                // Per span, the driver binds only the declarations the change touches.
                semantic.AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(Project.ModelOf(tree), span, cancellationToken).ConfigureAwait(false));
            }

            return syntax.Concat(semantic).Distinct().Where(d => IsReported(d, tree) && scope.Intersects(d.Location.SourceSpan)).Select(d => ToFinding(d, tree)).ToList();
        }, cancellationToken))).ConfigureAwait(false);
        return perTree.SelectMany(f => f).ToList();
    }

    // The driver compiles the whole compilation to raise its events; GetAllDiagnosticsAsync returns that compile's diagnostics too.
    private async Task<IEnumerable<Diagnostic>> WholeCompilationAsync(CompilationWithAnalyzers withAnalyzers, CancellationToken cancellationToken)
    {
        if (!_keepsCompilerDiagnostics)
        {
            return await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        }

        var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        CompilerDiagnostics = all.Where(IsCompiler).ToImmutableArray();
        return all.Where(d => !IsCompiler(d));
    }

    private static bool IsCompiler(Diagnostic d) => d.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.Compiler);

    private static bool IsReported(Diagnostic d, SyntaxTree tree) =>
        d.Location.SourceTree == tree && !d.IsSuppressed && d.Severity is not DiagnosticSeverity.Hidden;

    private static Finding ToFinding(Diagnostic d, SyntaxTree tree)
    {
        var span = d.Location.GetLineSpan();
        var message = d.GetMessage(CultureInfo.InvariantCulture).Trim();
        return new Finding(
            Expert: "",
            RuleId: d.Id,
            Category: ExternalRuleCategories.CategoryOf(d.Id),
            Severity: d.Severity == DiagnosticSeverity.Error ? Severity.Error : d.Severity == DiagnosticSeverity.Warning ? Severity.Warning : Severity.Note,
            Path: tree.FilePath,
            Line: span.StartLinePosition.Line + 1,
            EndLine: span.EndLinePosition.Line + 1,
            Column: span.StartLinePosition.Character + 1,
            Message: message.EndsWith('.') ? message : message + ".",
            Suggestion: null,
            Sources: ["roslyn"],
            Confidence: 0.9);
    }

    /// <summary>Rule ids a set enables, for documentation and expert mapping.</summary>
    public static ImmutableArray<string> RuleIds(AnalyzerSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return [.. set.DiagnosticOptions.Where(o => o.Value != ReportDiagnostic.Suppress).Select(o => o.Key).Order(StringComparer.Ordinal)];
    }
}
