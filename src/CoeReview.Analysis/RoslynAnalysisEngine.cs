using CoeReview.Analysis.Compiler;
using CoeReview.Analysis.Workspace;
using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Analysis;

/// <summary>
/// The Roslyn analysis of a diff, run once per review: compiles each project the changed .cs files
/// belong to (no MSBuild, no restore) and reports compiler diagnostics (CS*) for the syntax expert
/// plus the analyzer rules (CA*, SCS*, COE-*) the other experts own, all on one shared compilation
/// per project.
/// </summary>
public sealed class RoslynAnalysisEngine : IAnalysisEngine
{
    /// <summary>The engine name experts list under analysis.analyzers.</summary>
    public const string EngineName = "roslyn";

    private readonly RoslynAnalysisOptions _options;

    public RoslynAnalysisEngine()
        : this(new RoslynAnalysisOptions())
    {
    }

    public RoslynAnalysisEngine(RoslynAnalysisOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public string Name => EngineName;

    /// <inheritdoc/>
    public Task<IReadOnlyList<Finding>> AnalyzeAsync(DiffSet diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);

        // Roslyn's work is CPU-bound and synchronous; keep it off the caller's thread.
        return Task.Run(() => Analyze(diff, cancellationToken), cancellationToken);
    }

    /// <summary>The compilations the engine would analyse: one per project of the changed .cs files.</summary>
    public static IReadOnlyList<ProjectCompilation> Compile(DiffSet diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var changed = ChangedCSharpFiles(diff);
        if (changed.Count == 0)
        {
            return [];
        }

        var layout = ProjectLayout.Of(diff.Snapshot);
        return new CompilationBuilder(diff.Snapshot, layout).Build(changed, cancellationToken);
    }

    private IReadOnlyList<Finding> Analyze(DiffSet diff, CancellationToken cancellationToken)
    {
        var projects = Compile(diff, cancellationToken);
        var found = new List<Finding>();
        foreach (var project in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_options.CompilerDiagnostics)
            {
                found.AddRange(CompilerCheck.Run(project, cancellationToken));
            }
        }

        return found
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> ChangedCSharpFiles(DiffSet diff) => diff.Files
        .Where(f => f.Kind != FileChangeKind.Deleted && !f.IsBinary && f.Extension == ".cs")
        .Select(f => f.Path)
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
