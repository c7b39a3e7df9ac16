using System.Collections.Concurrent;
using System.Text;
using CoeReview.Core.Diff;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// Builds the compilations of a diff without MSBuild or a restore: each changed .cs file with the
/// other .cs files of its nearest .csproj, against the .NET 10 reference assemblies, with the
/// project's in-repo ProjectReferences compiled the same way and referenced as compilations.
/// </summary>
public sealed class CompilationBuilder
{
    /// <summary>A generated file name for the SDK's global usings; never reported on.</summary>
    public const string GeneratedPrefix = "obj/coe-review.generated/";

    private static readonly string[] s_defines =
    [
        "DEBUG", "TRACE", "NET", "NET10_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NET5_0_OR_GREATER",
        "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER",
    ];

    private readonly ISnapshot _snapshot;
    private readonly ProjectLayout _layout;
    private readonly ConcurrentDictionary<string, SyntaxTree?> _trees = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<CSharpCompilation?>> _compilations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProjectSettings> _settings = new(StringComparer.Ordinal);

    public CompilationBuilder(ISnapshot snapshot, ProjectLayout layout)
    {
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        _layout = layout ?? throw new ArgumentNullException(nameof(layout));
    }

    /// <summary>One compilation per project touched by the changed .cs files (deleted files excluded).</summary>
    public IReadOnlyList<ProjectCompilation> Build(IEnumerable<string> changedCsFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changedCsFiles);
        var groups = changedCsFiles.GroupBy(_layout.GroupOf, StringComparer.Ordinal).ToList();
        var result = new ProjectCompilation?[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var group = groups[i];
            var settings = SettingsOf(group.Key);
            var extra = group.ToList();
            var compilation = _compilations.GetOrAdd(group.Key, g => new Lazy<CSharpCompilation?>(() => Compile(g, settings, extra, cancellationToken))).Value;
            var changed = group.Select(p => TreeOf(p, settings)).OfType<SyntaxTree>().ToList();
            var (externals, resolved) = Closure(group.Key);
            result[i] = compilation is null ? null : new ProjectCompilation(group.Key, settings, compilation, changed)
            {
                DependsOnExternals = externals,
                AllReferencesResolved = resolved,
            };
        });
        return result.OfType<ProjectCompilation>().ToList();
    }

    private ProjectSettings SettingsOf(string group) => _settings.GetOrAdd(group, g => ProjectLayout.IsLoose(g)
        ? ProjectSettings.Loose(ProjectLayout.LooseFolder(g))
        : ProjectSettings.Read(g, _snapshot.ReadText, _layout.BuildFiles.ToList()));

    private CSharpCompilation? Compile(string group, ProjectSettings settings, IReadOnlyList<string> extra, CancellationToken ct)
    {
        var paths = _layout.SourcesOf(group).Union(extra, StringComparer.Ordinal).ToList();
        var trees = new SyntaxTree?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = ct }, i => trees[i] = TreeOf(paths[i], settings));
        var all = trees.OfType<SyntaxTree>().ToList();
        if (Generated(settings) is { } generated)
        {
            all.Add(generated);
        }

        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);
        // A reference cycle is invalid for MSBuild; skipping its back edge keeps the lazy builds from waiting on each other.
        foreach (var reference in settings.ProjectReferences.Where(r => _layout.SourcesOf(r).Count > 0 && !Reaches(r, group, [])))
        {
            var lazy = _compilations.GetOrAdd(reference, r => new Lazy<CSharpCompilation?>(() => Compile(r, SettingsOf(r), [], ct)));
            if (lazy.Value is { } compilation)
            {
                references.Add(compilation.ToMetadataReference());
            }
        }

        var options = new CSharpCompilationOptions(
            settings.IsExe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableOf(settings.Nullable),
            allowUnsafe: settings.AllowUnsafeBlocks,
            concurrentBuild: true,
            specificDiagnosticOptions: settings.NoWarn.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress)));
        return CSharpCompilation.Create(settings.AssemblyName, all, references, options);
    }

    // Packages flow transitively through ProjectReferences, so a project depends on what its references depend on.
    private (bool DependsOnExternals, bool AllResolved) Closure(string group)
    {
        bool externals = false, resolved = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([group]);
        while (stack.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            var settings = SettingsOf(current);
            externals |= settings.HasExternalReferences;
            foreach (var reference in settings.ProjectReferences)
            {
                if (_layout.SourcesOf(reference).Count == 0 && !_layout.HasProject(reference))
                {
                    resolved = false;
                }
                else
                {
                    stack.Push(reference);
                }
            }
        }

        return (externals, resolved);
    }

    private bool Reaches(string from, string to, HashSet<string> seen)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return true;
        }

        return seen.Add(from) && !ProjectLayout.IsLoose(from) && SettingsOf(from).ProjectReferences.Any(r => Reaches(r, to, seen));
    }

    private SyntaxTree? TreeOf(string path, ProjectSettings settings) => _trees.GetOrAdd(path, p =>
    {
        var text = _snapshot.ReadText(p);
        return text is null ? null : CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptionsOf(settings), p);
    });

    private static CSharpParseOptions ParseOptionsOf(ProjectSettings settings)
    {
        var version = LanguageVersion.Latest;
        if (settings.LangVersion is { } v && LanguageVersionFacts.TryParse(v, out var parsed))
        {
            version = parsed;
        }

        return new CSharpParseOptions(version, DocumentationMode.Parse, preprocessorSymbols: [.. s_defines, .. settings.DefineConstants]);
    }

    private static NullableContextOptions NullableOf(string? value) => value switch
    {
        "enable" => NullableContextOptions.Enable,
        "warnings" => NullableContextOptions.Warnings,
        "annotations" => NullableContextOptions.Annotations,
        _ => NullableContextOptions.Disable,
    };

    private static SyntaxTree? Generated(ProjectSettings settings)
    {
        var sb = new StringBuilder();
        var removed = settings.UsingRemovals.ToHashSet(StringComparer.Ordinal);
        var implicitUsings = settings.ImplicitUsings ? ImplicitUsings.For(settings.Sdk) : [];
        foreach (var ns in implicitUsings.Where(n => !removed.Contains(n)))
        {
            sb.Append("global using global::").Append(ns).Append(";\n");
        }

        foreach (var (name, alias, isStatic) in settings.Usings.Where(u => !removed.Contains(u.Name)))
        {
            sb.Append("global using ").Append(isStatic ? "static " : "").Append(alias is null ? "" : alias + " = ").Append("global::").Append(name).Append(";\n");
        }

        foreach (var friend in settings.InternalsVisibleTo)
        {
            sb.Append("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"").Append(friend.Replace("\"", "", StringComparison.Ordinal)).Append("\")]\n");
        }

        return sb.Length == 0 ? null : CSharpSyntaxTree.ParseText(sb.ToString(), ParseOptionsOf(settings), GeneratedPrefix + settings.AssemblyName + ".GlobalUsings.g.cs");
    }
}
