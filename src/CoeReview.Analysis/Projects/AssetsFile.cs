using System.Text.Json;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// NuGet's obj/project.assets.json: for each restored framework, the packages and the compile-time
/// assemblies the build references from them, and the package folders they were restored into.
/// </summary>
internal sealed class AssetsFile
{
    private readonly JsonElement _root;

    private AssetsFile(JsonElement root, IReadOnlyList<string> folders)
    {
        _root = root;
        PackageFolders = folders;
    }

    public IReadOnlyList<string> PackageFolders { get; }

    /// <summary>The restored frameworks as the project names them (net8.0, netstandard2.0).</summary>
    public IReadOnlyList<string> Frameworks => Object(_root, "project", "frameworks") is { } f ? f.EnumerateObject().Select(p => p.Name).ToList() : [];

    /// <summary>Parses the file; null with a reason when it is not an assets file.</summary>
    public static AssetsFile? Parse(string json, out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("targets", out _))
            {
                error = "not a NuGet assets file (no targets)";
                return null;
            }

            var folders = Object(root, "packageFolders") is { } pf ? pf.EnumerateObject().Select(p => ProjectPaths.Normalize(p.Name)).ToList() : [];
            return new AssetsFile(root, folders);
        }
        catch (JsonException e)
        {
            error = "not valid JSON: " + e.Message;
            return null;
        }
    }

    /// <summary>The restored framework that is this one (net8.0 and net8 and .NETCoreApp,Version=v8.0 alike), or null.</summary>
    public string? FrameworkFor(TargetFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return Frameworks.FirstOrDefault(f => TargetFramework.Parse(f) is { } tf && tf.Family == framework.Family && tf.Version == framework.Version && tf.Platform == framework.Platform)
            ?? Frameworks.FirstOrDefault(f => TargetFramework.Parse(f) is { } tf && tf.Family == framework.Family && tf.Version == framework.Version);
    }

    /// <summary>Compile-time assemblies per package for a restored framework: (package id, absolute paths; empty when the package has none).</summary>
    public IReadOnlyList<(string Package, IReadOnlyList<string> Files, bool Found)> CompileAssets(string alias, TargetFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var targets = Object(_root, "targets");
        if (targets is null)
        {
            return [];
        }

        var target = targets.Value.EnumerateObject().FirstOrDefault(t => !t.Name.Contains('/', StringComparison.Ordinal)
            && (string.Equals(t.Name, alias, StringComparison.OrdinalIgnoreCase) || string.Equals(t.Name, framework.LongName, StringComparison.OrdinalIgnoreCase)
                || t.Name.StartsWith(framework.LongName, StringComparison.OrdinalIgnoreCase)));
        if (target.Value.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var result = new List<(string, IReadOnlyList<string>, bool)>();
        foreach (var library in target.Value.EnumerateObject())
        {
            if (Text(library.Value, "type") != "package")
            {
                continue;
            }

            var id = library.Name.Split('/')[0];
            var compile = Object(library.Value, "compile") is { } c ? c.EnumerateObject().Select(p => p.Name).Where(n => !n.EndsWith("/_._", StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList() : [];
            var path = Object(_root, "libraries", library.Name) is { } lib ? Text(lib, "path") : null;
            if (compile.Count == 0)
            {
                result.Add((id, [], true));
                continue;
            }

            var files = path is null ? [] : Locate(path, compile);
            result.Add((id, files, files.Count == compile.Count));
        }

        return result;
    }

    /// <summary>
    /// C# analyzer and generator assemblies of the packages restored for a framework (absolute paths),
    /// from the highest analyzers/dotnet/roslynX.Y/cs folder a package has, as the build picks them.
    /// </summary>
    public IReadOnlyList<string> Analyzers(string alias, TargetFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var packages = CompileAssets(alias, framework).Select(p => p.Package).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        if (Object(_root, "libraries") is not { } libraries)
        {
            return result;
        }

        foreach (var library in libraries.EnumerateObject().Where(l => packages.Contains(l.Name.Split('/')[0]) && Text(l.Value, "type") == "package"))
        {
            if (Text(library.Value, "path") is not { } path || !library.Value.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var candidates = files.EnumerateArray().Select(f => f.GetString() ?? "")
                .Select(f => (File: f, Match: s_analyzer.Match(f))).Where(x => x.Match.Success).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var best = candidates.Max(c => RoslynVersion(c.Match));
            foreach (var (file, _) in candidates.Where(c => RoslynVersion(c.Match) == best))
            {
                foreach (var folder in PackageFolders)
                {
                    var full = ProjectPaths.Combine(folder, path + "/" + file);
                    if (File.Exists(full))
                    {
                        result.Add(full);
                        break;
                    }
                }
            }
        }

        return result;
    }

    private static readonly System.Text.RegularExpressions.Regex s_analyzer = new(@"^analyzers/dotnet/(?:roslyn(\d+\.\d+)/)?(?:cs/)?[^/]+\.dll$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // The compiler here is Roslyn 5.x: any roslynX.Y folder up to it is loadable; none means the oldest.
    private static Version RoslynVersion(System.Text.RegularExpressions.Match m) =>
        m.Groups[1].Success && Version.TryParse(m.Groups[1].Value, out var v) && v.Major <= 5 ? v : new Version(0, 0);

    /// <summary>Shared frameworks the restore recorded for the framework (Microsoft.AspNetCore.App, ...).</summary>
    public IReadOnlyList<string> FrameworkReferences(string alias) =>
        Object(_root, "project", "frameworks", alias, "frameworkReferences") is { } f ? f.EnumerateObject().Select(p => p.Name).ToList() : [];

    /// <summary>Targeting packs the restore downloaded (name, exact version) because the SDK does not carry them.</summary>
    public IReadOnlyList<(string Name, string Version)> DownloadDependencies(string alias)
    {
        if (Object(_root, "project", "frameworks", alias) is not { } fw || !fw.TryGetProperty("downloadDependencies", out var deps) || deps.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return deps.EnumerateArray().Select(d => (Text(d, "name") ?? "", (Text(d, "version") ?? "").Trim('[', ']', '(', ')').Split(',')[0].Trim()))
            .Where(d => d.Item1.Length > 0 && d.Item2.Length > 0).ToList();
    }

    private List<string> Locate(string libraryPath, List<string> compile)
    {
        foreach (var folder in PackageFolders)
        {
            var files = compile.Select(c => ProjectPaths.Combine(folder, libraryPath + "/" + c)).ToList();
            if (files.All(File.Exists))
            {
                return files;
            }
        }

        return [];
    }

    private static JsonElement? Object(JsonElement e, params string[] path)
    {
        var current = e;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out var next))
            {
                // Framework aliases differ in case between the project section and the caller at times.
                var match = current.ValueKind == JsonValueKind.Object ? current.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) : default;
                if (match.Value.ValueKind == JsonValueKind.Undefined)
                {
                    return null;
                }

                next = match.Value;
            }

            current = next;
        }

        return current.ValueKind == JsonValueKind.Object ? current : null;
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
