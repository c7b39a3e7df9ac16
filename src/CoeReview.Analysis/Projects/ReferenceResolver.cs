using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// Resolves a project's references the way the build would: the framework's reference pack, the
/// compile-time assemblies of every restored package from obj/project.assets.json, and
/// &lt;Reference&gt; items by HintPath or from the .NET Framework reference assemblies. What it cannot
/// find is listed by name, never guessed: the compiler check then stays silent on what it could cause.
/// </summary>
internal sealed class ReferenceResolver(IProjectFileSystem files)
{
    private static readonly ConcurrentDictionary<string, MetadataReference> s_references = new(StringComparer.Ordinal);

    public ResolvedReferences Resolve(ProjectModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var framework = model.Framework ?? TargetFramework.Parse("net10.0")!;
        var warnings = new List<ProjectWarning>();
        var missing = new List<string>();
        var paths = new List<string>();
        var (assets, alias) = ReadAssets(model, framework, warnings);
        var folders = (assets?.PackageFolders ?? []).Append(ReferencePacks.DefaultPackageFolder).Distinct(StringComparer.Ordinal).ToList();
        var downloads = assets is not null && alias is not null ? assets.DownloadDependencies(alias) : [];
        var extra = new List<MetadataReference>();
        var source = framework.Family switch
        {
            TargetFamily.NetCore => SharedFrameworks(model, framework, assets, alias, folders, downloads, paths, missing, extra),
            TargetFamily.NetStandard => ReferencePacks.NetStandard(framework, folders, downloads) is { } ns ? Add(paths, ns, "netstandard") : Missing(missing, framework.Moniker + " reference assemblies"),
            _ => NetFramework(model, framework, folders, paths, missing),
        };

        if (framework.Family != TargetFamily.NetFramework)
        {
            foreach (var (name, hint) in model.AssemblyReferences)
            {
                if (hint is not null && File.Exists(hint))
                {
                    paths.Add(hint);
                }
                else
                {
                    missing.Add(name);
                }
            }
        }

        if (assets is not null && alias is not null)
        {
            foreach (var (package, dlls, found) in assets.CompileAssets(alias, framework))
            {
                if (found)
                {
                    paths.AddRange(dlls);
                }
                else
                {
                    missing.Add(package);
                }
            }
        }
        else
        {
            missing.AddRange(model.PackageReferences);
        }

        var analyzers = new List<string>();
        if (framework.Family == TargetFamily.NetCore && paths.FirstOrDefault(p => p.EndsWith("/System.Runtime.dll", StringComparison.Ordinal)) is { } runtime)
        {
            // <pack>/ref/netX.Y/System.Runtime.dll → <pack>/analyzers/dotnet/cs: the SDK's own generators (Regex, JSON, LibraryImport).
            var pack = ProjectPaths.DirectoryOf(ProjectPaths.DirectoryOf(ProjectPaths.DirectoryOf(runtime)));
            var dir = Path.Combine(pack, "analyzers", "dotnet", "cs");
            if (Directory.Exists(dir))
            {
                analyzers.AddRange(Directory.GetFiles(dir, "*.dll").Order(StringComparer.Ordinal).Select(ProjectPaths.Normalize));
            }
        }

        if (assets is not null && alias is not null)
        {
            analyzers.AddRange(assets.Analyzers(alias, framework));
        }

        var references = paths.Distinct(StringComparer.Ordinal).Select(Reference).Concat(extra).ToList();
        return new ResolvedReferences(references, missing.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), assets is not null && alias is not null, warnings)
        {
            FrameworkSource = source,
            Analyzers = analyzers.Distinct(StringComparer.Ordinal).ToList(),
            GeneratorsUnknown = extra.Count > 0 || (assets is null && model.PackageReferences.Count > 0),
        };
    }

    private (AssetsFile? Assets, string? Alias) ReadAssets(ProjectModel model, TargetFramework framework, List<ProjectWarning> warnings)
    {
        var path = model.ProjectExtensionsPath.TrimEnd('/') + "/project.assets.json";
        var text = files.ReadText(path);
        if (text is null)
        {
            return (null, null);
        }

        var display = model.ProjectPath.Length > 0 ? ProjectPaths.DirectoryOf("/" + model.ProjectPath).TrimStart('/') : "";
        var shown = (display.Length > 0 ? display + "/" : "") + "obj/project.assets.json";
        var assets = AssetsFile.Parse(text, out var error);
        if (assets is null)
        {
            warnings.Add(new ProjectWarning(shown, 0, error ?? "unreadable"));
            return (null, null);
        }

        var alias = assets.FrameworkFor(framework);
        if (alias is null)
        {
            warnings.Add(new ProjectWarning(shown, 0, $"restored for {string.Join(", ", assets.Frameworks)}, not for {framework.Moniker}: run dotnet restore"));
        }

        return (assets, alias);
    }

    private static string SharedFrameworks(ProjectModel model, TargetFramework framework, AssetsFile? assets, string? alias, List<string> folders,
        IReadOnlyList<(string, string)> downloads, List<string> paths, List<string> missing, List<MetadataReference> extra)
    {
        var source = "sdk";
        var names = model.FrameworkReferences.Concat(assets is not null && alias is not null ? assets.FrameworkReferences(alias) : []).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (ReferencePacks.SharedFramework(name, framework, folders, downloads) is { } dlls)
            {
                paths.AddRange(dlls);
            }
            else if (name.Equals("Microsoft.NETCore.App", StringComparison.OrdinalIgnoreCase))
            {
                // No pack for this version here: the shipped net10.0 set stands in (a superset for older .NET).
                extra.AddRange(Basic.Reference.Assemblies.Net100.References.All);
                source = framework.Version.Major == 10 ? "shipped" : "shipped net10.0 for " + framework.Moniker;
            }
            else if (ReferencePacks.SharedFrameworkStandIn(name, framework) is { } standIn)
            {
                paths.AddRange(standIn.Dlls);
                source = $"{name} {standIn.Moniker} for {framework.Moniker}";
            }
            else
            {
                missing.Add(name);
            }
        }

        return source;
    }

    private static string NetFramework(ProjectModel model, TargetFramework framework, List<string> folders, List<string> paths, List<string> missing)
    {
        var dir = ReferencePacks.NetFrameworkFolder(framework, folders);
        if (dir is null)
        {
            missing.Add($".NET Framework {framework.VersionText} reference assemblies");
            missing.AddRange(model.AssemblyReferences.Where(r => r.HintPath is null || !File.Exists(r.HintPath)).Select(r => r.Name));
            paths.AddRange(model.AssemblyReferences.Where(r => r.HintPath is not null && File.Exists(r.HintPath)).Select(r => r.HintPath!));
            return "none";
        }

        // Project files name framework assemblies in any case (System.configuration); the disk may not forgive that.
        var byName = Directory.GetFiles(dir, "*.dll").Concat(Directory.Exists(Path.Combine(dir, "Facades")) ? Directory.GetFiles(Path.Combine(dir, "Facades"), "*.dll") : [])
            .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, hint) in model.AssemblyReferences)
        {
            if (hint is not null && File.Exists(hint))
            {
                paths.Add(hint);
            }
            else if (byName.TryGetValue(name, out var local))
            {
                paths.Add(ProjectPaths.Normalize(local));
            }
            else
            {
                missing.Add(name);
            }
        }

        if (Directory.Exists(Path.Combine(dir, "Facades")))
        {
            paths.AddRange(Directory.GetFiles(Path.Combine(dir, "Facades"), "*.dll").Select(ProjectPaths.Normalize));
        }

        return dir.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal) ? "shipped net48" : "nuget";
    }

    private static string Add(List<string> paths, IReadOnlyList<string> dlls, string source)
    {
        paths.AddRange(dlls);
        return source;
    }

    private static string Missing(List<string> missing, string what)
    {
        missing.Add(what);
        return "none";
    }

    // Keyed by the file's size and time too: a resident review server must not keep a DLL that was rebuilt.
    private static MetadataReference Reference(string path)
    {
        var file = new FileInfo(path);
        var key = file.Exists ? $"{path}|{file.Length}|{file.LastWriteTimeUtc.Ticks}" : path;
        return s_references.GetOrAdd(key, _ => MetadataReference.CreateFromFile(path));
    }
}
