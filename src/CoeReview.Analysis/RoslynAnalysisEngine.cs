using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CoeReview.Analysis.Compiler;
using CoeReview.Analysis.External;
using CoeReview.Analysis.Rules;
using CoeReview.Analysis.Rules.Security;
using CoeReview.Analysis.Rules.Tests;
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

    private static readonly ConcurrentDictionary<string, Lazy<AnalyzerSet>> s_analyzerSets = new(StringComparer.Ordinal);
    private readonly RoslynAnalysisOptions _options;
    private readonly ConditionalWeakTable<DiffSet, IReadOnlyList<ProjectCoverage>> _projects = new();

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

        // Roslyn's work is CPU-bound and mostly synchronous; keep it off the caller's thread.
        return Task.Run(
            () =>
            {
                var (projects, coverage) = CompileWithCoverage(diff, cancellationToken);
                _projects.AddOrUpdate(diff, coverage);
                return AnalyzeAsync(diff, projects, cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public IReadOnlyList<ProjectCoverage> ProjectsOf(DiffSet diff) => _projects.TryGetValue(diff, out var p) ? p : [];

    /// <summary>The compilations the engine would analyse: one per project of the changed .cs files.</summary>
    public static IReadOnlyList<ProjectCompilation> Compile(DiffSet diff, CancellationToken cancellationToken) => CompileWithCoverage(diff, cancellationToken).Projects;

    private static (IReadOnlyList<ProjectCompilation> Projects, IReadOnlyList<ProjectCoverage> Coverage) CompileWithCoverage(DiffSet diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var changed = ChangedCSharpFiles(diff);
        if (changed.Count == 0)
        {
            return ([], []);
        }

        var layout = ProjectLayout.Of(diff.Snapshot);
        var builder = new CompilationBuilder(diff.Snapshot, layout, diff.RepoRoot);
        var projects = builder.Build(changed, cancellationToken);
        var broken = projects.Where(p => p.BrokenSetup is not null).ToDictionary(p => p.Group, p => p.BrokenSetup, StringComparer.Ordinal);
        var coverage = builder.Projects().Select(p => new ProjectCoverage(
                p.Model.IsLoose ? "(no project)" : p.Model.ProjectPath,
                p.Model.Framework?.Moniker,
                p.References.Restored,
                p.Missing,
                p.Model.Warnings.Concat(p.References.Warnings).Select(w => w.ToString()).Distinct(StringComparer.Ordinal).ToList())
        {
            Reason = broken.GetValueOrDefault(p.Model.ProjectPath),
            TargetFrameworks = p.Model.Frameworks.Count > 1 ? p.Model.Frameworks : [],
        })
            .ToList();
        return (projects, coverage);
    }

    /// <summary>The external analyzer sets the options ask for (loaded once per process and folder).</summary>
    public IReadOnlyList<AnalyzerSet> ExternalAnalyzers()
    {
        var sets = new List<AnalyzerSet>();
        if (_options.NetAnalyzers)
        {
            sets.Add(_options.CodeRules
                ? LoadSet(_options.ResolvedNetAnalyzersDirectory, "na+coe", id => ExternalRuleCategories.IsEnabledNetAnalyzersRule(id) && !ExternalRuleCategories.IsSupersededByCoeRules(id))
                : LoadSet(_options.ResolvedNetAnalyzersDirectory, "na", ExternalRuleCategories.IsEnabledNetAnalyzersRule));
        }

        foreach (var folder in _options.ExtraAnalyzerDirectories)
        {
            sets.Add(LoadSet(folder, "extra", _options.ExtraRuleFilter ?? (_ => true)));
        }

        return sets;
    }

    private static AnalyzerSet LoadSet(string folder, string kind, Func<string, bool> enabled) =>
        s_analyzerSets.GetOrAdd(kind + "|" + Path.GetFullPath(folder), _ => new Lazy<AnalyzerSet>(() => AnalyzerSet.Load([folder], enabled))).Value;

    private async Task<IReadOnlyList<Finding>> AnalyzeAsync(DiffSet diff, IReadOnlyList<ProjectCompilation> projects, CancellationToken cancellationToken)
    {
        var sets = ExternalAnalyzers();
        var own = new List<Finding>();
        var external = new List<Finding>();

        // The projects holding changed tests are prepared first and kept: "changed but untested" asks,
        // from any project, what their tests reach, over the same compilations (and bound bodies) their
        // own rules use. The other projects are prepared in turn and let go, as before.
        var testProjects = _options.CodeRules
            ? projects.Select((p, i) => (Project: p, Index: i)).Where(p => TestReachCollector.HoldsTests(p.Project, cancellationToken)).ToDictionary(p => p.Index, p => Prepare(p.Project, diff, sets, cancellationToken))
            : [];
        var tests = new Lazy<TestReach>(() => TestReachCollector.Collect(testProjects.OrderBy(p => p.Key).Select(p => p.Value.Run.Project), cancellationToken));
        for (var i = 0; i < projects.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (compiled, run) = testProjects.GetValueOrDefault(i) ?? Prepare(projects[i], diff, sets, cancellationToken);
            var project = run.Project;
            var analyzers = TimedAsync("analysis: external analyzers", () => run.RunAsync(cancellationToken));

            // The compiler check binds its own (nullable-aware) compilation beside the rules and analyzers,
            // unless the analyzers' whole-compilation run compiled that compilation already.
            var compiler = !_options.CompilerDiagnostics ? Task.FromResult<IReadOnlyList<Finding>>([])
                : run.KeepsCompilerDiagnostics ? CompilerCheckAfterAsync(analyzers, run, diff, cancellationToken)
                : Task.Run(
                    () =>
                    {
                        using var stage = StageProfile.Stage("analysis: compiler check");
                        return CompilerCheck.Run(compiled, diff, cancellationToken);
                    },
                    cancellationToken);
            if (_options.CodeRules)
            {
                using var stage = StageProfile.Stage("analysis: code rules");
                own.AddRange(CodeRuleRunner.Run(project, diff, tests, cancellationToken));
            }

            own.AddRange(await compiler.ConfigureAwait(false));
            external.AddRange(await analyzers.ConfigureAwait(false));
        }

        if (_options.CodeRules)
        {
            own.AddRange(ConfigSecrets(diff));
        }

        own = UntestedSummary.Fold(own, diff, byName: tests.IsValueCreated && tests.Value.ByName).ToList();

        var ours = own.Select(f => (f.Path, f.Line, f.Category)).ToHashSet();
        var kept = _options.DeduplicateExternal ? external.Where(f => !ours.Contains((f.Path, f.Line, f.Category))) : external;
        return own.Concat(kept)
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
    }

    // The project scoped to what the review shows, and the compilation its rules and analyzers share: without
    // nullable analysis (binding is cheaper), except where the analyzers compile the whole project anyway and
    // that compile, nullable-aware, serves the compiler check too (a compile of the project saved).
    private Prepared Prepare(ProjectCompilation unscoped, DiffSet diff, IReadOnlyList<AnalyzerSet> sets, CancellationToken cancellationToken)
    {
        var compiled = unscoped with { Scopes = unscoped.ChangedTrees.DistinctBy(t => t.FilePath).ToDictionary(t => t.FilePath, t => ChangeScope.For(t, diff.Find(t.FilePath), _options.Scope, cancellationToken), StringComparer.Ordinal) };
        var shared = sets.Any(s => !s.IsEmpty) && _options.CompilerDiagnostics && ExternalAnalyzerRun.AnalysesWholeCompilation(compiled);
        var analysed = shared || !(_options.CodeRules || sets.Count > 0) ? compiled : compiled.WithoutNullableAnalysis();
        return new Prepared(compiled, new ExternalAnalyzerRun(sets, analysed, keepCompilerDiagnostics: shared));
    }

    private static async Task<IReadOnlyList<Finding>> CompilerCheckAfterAsync(Task<IReadOnlyList<Finding>> analyzers, ExternalAnalyzerRun run, DiffSet diff, CancellationToken cancellationToken)
    {
        await analyzers.ConfigureAwait(false);
        using var stage = StageProfile.Stage("analysis: compiler check");
        return CompilerCheck.Run(run.Project, diff, run.CompilerDiagnostics, cancellationToken);
    }

    private static async Task<IReadOnlyList<Finding>> TimedAsync(string stage, Func<Task<IReadOnlyList<Finding>>> run)
    {
        using var scope = StageProfile.Stage(stage);
        return await run().ConfigureAwait(false);
    }

    private static IEnumerable<Finding> ConfigSecrets(DiffSet diff) => diff.Files
        .Where(f => f.Kind != FileChangeKind.Deleted && !f.IsBinary && SecretScanner.Handles(f.Path))
        .SelectMany(f => diff.Snapshot.ReadText(f.Path) is { } text ? SecretScanner.Scan(f.Path, text) : []);

    private static List<string> ChangedCSharpFiles(DiffSet diff) => diff.Files
        .Where(f => f.Kind != FileChangeKind.Deleted && !f.IsBinary && f.Extension == ".cs")
        .Select(f => f.Path)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private sealed record Prepared(ProjectCompilation Compiled, ExternalAnalyzerRun Run);
}
