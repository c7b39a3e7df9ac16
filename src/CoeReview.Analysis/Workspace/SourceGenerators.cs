using System.Collections.Concurrent;
using System.Collections.Immutable;
using CoeReview.Analysis.External;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// Runs the source generators the build would run (the framework pack's: Regex, JSON, LibraryImport;
/// and the restored packages'), so members they generate resolve as they do under dotnet build.
/// Generators are loaded once per process and assembly, in isolated load contexts.
/// </summary>
internal static class SourceGenerators
{
    private static readonly IsolatedAnalyzerLoader s_loader = new();
    private static readonly ConcurrentDictionary<string, Lazy<ImmutableArray<ISourceGenerator>>> s_generators = new(StringComparer.Ordinal);

    /// <summary>The compilation with generated trees added, and the assemblies whose generators failed to load or run.</summary>
    public static (CSharpCompilation Compilation, IReadOnlyList<string> Failed) Run(CSharpCompilation compilation, IReadOnlyList<string> assemblies, CancellationToken cancellationToken)
    {
        var failed = new List<string>();
        var generators = new List<ISourceGenerator>();
        var sources = new Lazy<string[]>(() => compilation.SyntaxTrees.Select(t => t.GetText(cancellationToken).ToString()).ToArray());
        foreach (var path in assemblies.Where(a => IsTriggered(a, sources)))
        {
            var loaded = s_generators.GetOrAdd(path, p => new Lazy<ImmutableArray<ISourceGenerator>>(() => Load(p))).Value;
            if (loaded.IsDefault)
            {
                failed.Add(Path.GetFileName(path));
            }
            else
            {
                generators.AddRange(loaded);
            }
        }

        if (generators.Count == 0 || compilation.SyntaxTrees.FirstOrDefault()?.Options is not CSharpParseOptions parse)
        {
            return (compilation, failed);
        }

        var driver = CSharpGeneratorDriver.Create(generators, parseOptions: parse, optionsProvider: EmptyOptions.Instance);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var diagnostics, cancellationToken);
        failed.AddRange(diagnostics.Where(d => d.Id is "CS8784" or "CS8785").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        return ((CSharpCompilation)updated, failed);
    }

    // Generators that act only on code carrying their attribute, by assembly: a project that uses none of
    // them is left alone, which saves binding the whole compilation a second time. Unknown ones always run.
    private static readonly Dictionary<string, string[]> s_triggers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Text.RegularExpressions.Generator"] = ["GeneratedRegex"],
        ["System.Text.Json.SourceGeneration"] = ["JsonSerializable"],
        ["Microsoft.Interop.LibraryImportGenerator"] = ["LibraryImport"],
        ["Microsoft.Interop.ComInterfaceGenerator"] = ["GeneratedComInterface", "GeneratedComClass"],
        ["Microsoft.Interop.JavaScript.JSImportGenerator"] = ["JSImport", "JSExport"],
        ["Microsoft.Interop.SourceGeneration"] = [],
        ["Microsoft.Extensions.Logging.Generators"] = ["LoggerMessage"],
        ["Microsoft.Extensions.Options.SourceGeneration"] = ["OptionsValidator"],
        // Interceptors for calls that exist without it: nothing it generates changes a diagnostic.
        ["Microsoft.Extensions.Configuration.Binder.SourceGeneration"] = [],
        ["Microsoft.AspNetCore.Http.RequestDelegateGenerator"] = [],
    };

    private static bool IsTriggered(string assembly, Lazy<string[]> sources) =>
        !s_triggers.TryGetValue(Path.GetFileNameWithoutExtension(assembly), out var triggers)
        || triggers.Any(t => sources.Value.Any(s => s.Contains(t, StringComparison.Ordinal)));

    private static ImmutableArray<ISourceGenerator> Load(string path)
    {
        try
        {
            var reference = new AnalyzerFileReference(path, s_loader);
            var failed = false;
            reference.AnalyzerLoadFailed += (_, _) => failed = true;
            var generators = reference.GetGenerators(LanguageNames.CSharp);
            return failed && generators.IsEmpty ? default : generators;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException or TypeLoadException or System.Reflection.ReflectionTypeLoadException)
        {
            return default;
        }
    }

    private sealed class EmptyOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly EmptyOptions Instance = new();

        public override AnalyzerConfigOptions GlobalOptions => NoOptions.Instance;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => NoOptions.Instance;
    }

    private sealed class NoOptions : AnalyzerConfigOptions
    {
        public static readonly NoOptions Instance = new();

        public override bool TryGetValue(string key, out string value)
        {
            value = "";
            return false;
        }
    }
}
