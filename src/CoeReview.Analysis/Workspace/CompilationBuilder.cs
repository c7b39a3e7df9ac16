using System.Collections.Concurrent;
using System.Text;
using CoeReview.Analysis.Projects;
using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// Builds the compilations of a diff as the build would, without MSBuild: each changed .cs file with
/// the other Compile items of its project, evaluated from the project's files (<see cref="ProjectModelReader"/>),
/// against the references the restore and the SDK provide (<see cref="ReferenceResolver"/>), with the
/// project's in-repo ProjectReferences compiled the same way and referenced as compilations.
/// </summary>
internal sealed class CompilationBuilder
{
    /// <summary>A generated file name for the SDK's global usings; never reported on.</summary>
    public const string GeneratedPrefix = "obj/coe-review.generated/";

    private readonly ISnapshot _snapshot;
    private readonly ProjectLayout _layout;
    private readonly SnapshotFileSystem _files;
    // By path and parse options: a file two projects compile (a linked file, or one a loose group also holds) is parsed once per
    // language version, defines and features, since one compilation rejects trees whose features differ.
    private readonly ConcurrentDictionary<(string Path, CSharpParseOptions Options), SyntaxTree?> _trees = new();
    private readonly ConcurrentDictionary<string, Lazy<Built>> _built = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProjectModel> _models = new(StringComparer.Ordinal);

    public CompilationBuilder(ISnapshot snapshot, ProjectLayout layout, string repoRoot)
    {
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        _layout = layout ?? throw new ArgumentNullException(nameof(layout));
        _files = new SnapshotFileSystem(snapshot, repoRoot, layout.Files);
    }

    /// <summary>One compilation per project touched by the changed .cs files (deleted files excluded).</summary>
    public IReadOnlyList<ProjectCompilation> Build(IEnumerable<string> changedCsFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changedCsFiles);
        var groups = changedCsFiles.GroupBy(OwnerOf, StringComparer.Ordinal).ToList();
        var result = new ProjectCompilation?[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var group = groups[i];
            var extra = group.ToList();
            var built = _built.GetOrAdd(group.Key, g => new Lazy<Built>(() => Compile(g, extra, cancellationToken))).Value;
            var model = built.Model;
            var changed = group.Select(p => TreeOf(p, built.Parse)).OfType<SyntaxTree>().ToList();
            var compiled = built.CompiledPaths;
            result[i] = new ProjectCompilation(group.Key, model, built.Compilation, changed)
            {
                MissingReferences = Missing(group.Key),
                Restored = built.References.Restored,
                BrokenSetup = built.Broken,
                NotCompiled = extra.Where(p => !compiled.Contains(p)).ToHashSet(StringComparer.Ordinal),
                GeneratorsUnknown = built.GeneratorsUnknown,
            };
        });
        return result.OfType<ProjectCompilation>().ToList();
    }

    // The project that compiles a file: the nearest one above it, unless that one leaves it out and
    // another links it in (<Compile Include="..\Shared\X.cs" />), as shared files in older solutions are.
    private string OwnerOf(string file)
    {
        var nearest = _layout.GroupOf(file);
        if (!ProjectLayout.IsLoose(nearest) && ModelOf(nearest).Compiles(file, ownedByProject: true))
        {
            return nearest;
        }

        var linking = _layout.Projects.Where(p => p != nearest).Order(StringComparer.Ordinal)
            .FirstOrDefault(p => ModelOf(p) is { CompileIncludes.Count: > 0 } m && m.Compiles(file, ownedByProject: false));
        return linking ?? nearest;
    }

    /// <summary>The model and references of every project compiled so far, for the report.</summary>
    public IReadOnlyList<(ProjectModel Model, ResolvedReferences References, IReadOnlyList<string> Missing)> Projects() =>
        _built.Where(b => b.Value.IsValueCreated).OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => (b.Value.Value.Model, b.Value.Value.References, (IReadOnlyList<string>)Missing(b.Key))).ToList();

    private ProjectModel ModelOf(string group) => _models.GetOrAdd(group, g => ProjectLayout.IsLoose(g)
        ? LooseModel(ProjectLayout.LooseFolder(g))
        : new ProjectModelReader(_files, _files.Root).Read(g));

    private static ProjectModel LooseModel(string folder) => new()
    {
        AssemblyName = "Loose" + (folder.Length == 0 ? "" : "." + folder.Replace('/', '.')),
        Framework = TargetFramework.Parse("net10.0"),
        Nullable = NullableContextOptions.Enable,
        GlobalUsings = SdkUsings.For("Microsoft.NET.Sdk", null, false, false).Select(n => new GlobalUsing(n, null, false)).ToList(),
        FrameworkReferences = ["Microsoft.NETCore.App"],
        Defines = ["DEBUG", "TRACE", .. TargetFramework.Parse("net10.0")!.Defines()],
    };

    private Built Compile(string group, IReadOnlyList<string> extra, CancellationToken ct)
    {
        ProjectModel model;
        ResolvedReferences references;
        using (StageProfile.Stage("analysis: project load"))
        {
            model = ModelOf(group);
            references = new ReferenceResolver(_files).Resolve(model);
        }

        using var compileStage = StageProfile.Stage("analysis: compile (parse, references)");
        var compiled = (ProjectLayout.IsLoose(group) ? _layout.SourcesOf(group) : _layout.SourcesOf(group).Where(p => model.Compiles(p, ownedByProject: true))).ToHashSet(StringComparer.Ordinal);
        if (model.CompileIncludes.Count > 0)
        {
            compiled.UnionWith(_layout.Files.Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !compiled.Contains(f) && model.Compiles(f, ownedByProject: false)));
        }

        var paths = compiled.Union(extra, StringComparer.Ordinal).ToList();
        var trees = new SyntaxTree?[paths.Count];
        var parse = CompilationSettings.ParseOptionsOf(model);
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = ct }, i => trees[i] = TreeOf(paths[i], parse));
        var all = trees.OfType<SyntaxTree>().ToList();
        if (CompilationSettings.GlobalUsingsTree(model, GeneratedPrefix) is { } generated)
        {
            all.Add(generated);
        }

        var metadata = new List<MetadataReference>(references.References);
        // A reference cycle is invalid for MSBuild; skipping its back edge keeps the lazy builds from waiting on each other.
        // SDK-style ProjectReferences are transitive: a test project sees the types of its references' references.
        foreach (var reference in Closure(model).Where(r => _layout.HasProject(r) && !Reaches(r, group, [])))
        {
            var built = _built.GetOrAdd(reference, r => new Lazy<Built>(() => Compile(r, [], ct))).Value;
            metadata.Add(built.Compilation.ToMetadataReference());
        }

        var options = CompilationSettings.OptionsFor(model);
        if (AnalyzerConfigProvider.For(_snapshot, _layout.Files, _files.Root, ProjectLayout.DirectoryOf(group.StartsWith("loose:", StringComparison.Ordinal) ? ProjectLayout.LooseFolder(group) + "/x" : group)) is { } configs)
        {
            options = options.WithSyntaxTreeOptionsProvider(configs);
        }

        var compilation = CSharpCompilation.Create(model.AssemblyName, all, metadata, options);
        var (withGenerated, failedGenerators) = references.Analyzers.Count > 0 ? Generate(compilation, references.Analyzers, ct) : (compilation, []);
        return new Built(model, parse, references, withGenerated, compiled, BrokenSetup(withGenerated, model))
        {
            GeneratorsUnknown = references.GeneratorsUnknown || failedGenerators.Count > 0 || model.ReferencesGeneratorProjects,
        };
    }

    private static (CSharpCompilation, IReadOnlyList<string>) Generate(CSharpCompilation compilation, IReadOnlyList<string> analyzers, CancellationToken ct)
    {
        using var stage = StageProfile.Stage("analysis: source generators");
        return SourceGenerators.Run(compilation, analyzers, ct);
    }

    private static string? BrokenSetup(CSharpCompilation compilation, ProjectModel model)
    {
        if (compilation.GetSpecialType(SpecialType.System_Object).TypeKind == TypeKind.Error)
        {
            return "System.Object does not resolve: no framework reference assemblies were found";
        }

        var hasTasks = model.Framework is not { Family: TargetFamily.NetFramework, Version.Major: < 4 };
        return hasTasks && compilation.GetTypeByMetadataName("System.Threading.Tasks.Task") is null
            ? "System.Threading.Tasks.Task does not resolve: the framework references are incomplete"
            : null;
    }

    // Missing references flow through ProjectReferences: a type from a degraded sibling may be an error type here.
    private List<string> Missing(string group)
    {
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([group]);
        while (stack.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            var model = ModelOf(current);
            if (ProjectLayout.IsLoose(current))
            {
                missing.Add("no project file owns these files");
            }
            else if (!model.Readable)
            {
                missing.Add($"{current} could not be read");
            }

            if (_built.TryGetValue(current, out var built) && built.IsValueCreated)
            {
                missing.AddRange(built.Value.References.Missing.Select(m => current == group ? m : $"{m} (via {current})"));
            }

            foreach (var reference in model.ProjectReferences)
            {
                if (_layout.HasProject(reference))
                {
                    stack.Push(reference);
                }
                else
                {
                    missing.Add($"project {reference}");
                }
            }
        }

        return missing.Distinct(StringComparer.Ordinal).ToList();
    }

    private List<string> Closure(ProjectModel model)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(model.ProjectReferences.Reverse());
        while (stack.TryPop(out var current))
        {
            if (!seen.Add(current) || !_layout.HasProject(current))
            {
                continue;
            }

            result.Add(current);
            var referenced = ModelOf(current);
            if (!model.IsSdkStyleOrUnknown)
            {
                continue; // legacy projects see only their direct references
            }

            foreach (var next in referenced.ProjectReferences)
            {
                stack.Push(next);
            }
        }

        return result;
    }

    private bool Reaches(string from, string to, HashSet<string> seen)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return true;
        }

        return seen.Add(from) && !ProjectLayout.IsLoose(from) && ModelOf(from).ProjectReferences.Any(r => Reaches(r, to, seen));
    }

    private SyntaxTree? TreeOf(string path, CSharpParseOptions options) => _trees.GetOrAdd((path, options), key =>
    {
        var text = _snapshot.ReadText(key.Path);
        return text is null ? null : CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), key.Options, key.Path);
    });

    private sealed record Built(ProjectModel Model, CSharpParseOptions Parse, ResolvedReferences References, CSharpCompilation Compilation, IReadOnlySet<string> CompiledPaths, string? Broken)
    {
        /// <summary>True when generators the build runs could not run here: members they would add may be missing.</summary>
        public bool GeneratorsUnknown { get; init; }
    }
}
