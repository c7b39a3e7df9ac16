using System.Xml.Linq;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// What the compiler needs from a .csproj and the Directory.Build.props/targets above it, read as
/// plain XML: there is no MSBuild evaluation here, so conditions are ignored, which errs towards
/// "this project depends on packages" and therefore towards silence.
/// </summary>
public sealed record ProjectSettings
{
    /// <summary>Repo-relative path of the .csproj ("" for loose files with no project).</summary>
    public string ProjectPath { get; init; } = "";

    public string AssemblyName { get; init; } = "Loose";

    public string Sdk { get; init; } = "Microsoft.NET.Sdk";

    public bool ImplicitUsings { get; init; }

    /// <summary>The &lt;Nullable&gt; value: enable, disable, warnings, annotations (null when unset).</summary>
    public string? Nullable { get; init; }

    public string? LangVersion { get; init; }

    public bool AllowUnsafeBlocks { get; init; }

    public bool IsExe { get; init; }

    /// <summary>True when packages, framework references or binary references would come from a restore we do not run.</summary>
    public bool HasExternalReferences { get; init; }

    public IReadOnlyList<string> ProjectReferences { get; init; } = [];

    public IReadOnlyList<string> NoWarn { get; init; } = [];

    public IReadOnlyList<string> DefineConstants { get; init; } = [];

    /// <summary>&lt;Using&gt; items: namespace (or type for static), alias, static.</summary>
    public IReadOnlyList<(string Name, string? Alias, bool Static)> Usings { get; init; } = [];

    public IReadOnlyList<string> UsingRemovals { get; init; } = [];

    public IReadOnlyList<string> InternalsVisibleTo { get; init; } = [];

    /// <summary>Reads the project file and the Directory.Build.props/.targets files above it (nearest wins, the project last).</summary>
    public static ProjectSettings Read(string projectPath, Func<string, string?> readText, IReadOnlyCollection<string> buildFiles)
    {
        ArgumentNullException.ThrowIfNull(readText);
        ArgumentNullException.ThrowIfNull(buildFiles);
        var docs = new List<XDocument>();
        foreach (var props in ImportsFor(projectPath, buildFiles))
        {
            if (TryParse(readText(props)) is { } d)
            {
                docs.Add(d);
            }
        }

        var project = TryParse(readText(projectPath));
        if (project is not null)
        {
            docs.Add(project);
        }

        var name = Path.GetFileNameWithoutExtension(projectPath);
        var settings = new ProjectSettings
        {
            ProjectPath = projectPath,
            AssemblyName = Last(docs, "AssemblyName") is { Length: > 0 } an && !an.Contains('$') ? an : name,
            Sdk = project?.Root?.Attribute("Sdk")?.Value ?? "Microsoft.NET.Sdk",
            ImplicitUsings = Last(docs, "ImplicitUsings") is "enable" or "true",
            Nullable = Last(docs, "Nullable")?.ToLowerInvariant(),
            LangVersion = Last(docs, "LangVersion"),
            AllowUnsafeBlocks = string.Equals(Last(docs, "AllowUnsafeBlocks"), "true", StringComparison.OrdinalIgnoreCase),
            IsExe = Last(docs, "OutputType") is { } ot && ot.Contains("exe", StringComparison.OrdinalIgnoreCase),
            ProjectReferences = Items(project is null ? [] : [project], "ProjectReference").Select(e => Include(e)).OfType<string>()
                .Select(p => Resolve(projectPath, p)).ToList(),
            NoWarn = docs.SelectMany(d => Props(d, "NoWarn")).SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Where(v => !v.StartsWith('$')).Select(v => v.StartsWith("CS", StringComparison.OrdinalIgnoreCase) ? v.ToUpperInvariant() : "CS" + v.PadLeft(4, '0')).ToList(),
            DefineConstants = docs.SelectMany(d => Props(d, "DefineConstants")).SelectMany(v => v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Where(v => !v.StartsWith('$')).ToList(),
            Usings = Items(docs, "Using").Where(e => Include(e) is not null).Select(e => (Include(e)!, Attr(e, "Alias"), string.Equals(Attr(e, "Static"), "true", StringComparison.OrdinalIgnoreCase))).ToList(),
            UsingRemovals = Items(docs, "Using").Select(e => Attr(e, "Remove")).OfType<string>().ToList(),
            InternalsVisibleTo = Items(docs, "InternalsVisibleTo").Select(e => Include(e)).OfType<string>()
                .Select(v => v.Replace("$(AssemblyName)", name, StringComparison.Ordinal).Replace("$(MSBuildProjectName)", name, StringComparison.Ordinal)).ToList(),
        };

        var external = Items(docs, "PackageReference").Any() || Items(docs, "FrameworkReference").Any() || Items(docs, "Reference").Any()
            || Items(docs, "GlobalPackageReference").Any() || Items(docs, "COMReference").Any()
            || !string.Equals(settings.Sdk, "Microsoft.NET.Sdk", StringComparison.OrdinalIgnoreCase);
        return settings with { HasExternalReferences = external };
    }

    /// <summary>Settings for .cs files that no project claims: the SDK's defaults, treated as depending on unknown packages.</summary>
    public static ProjectSettings Loose(string folder) => new()
    {
        ProjectPath = "",
        AssemblyName = "Loose" + (folder.Length == 0 ? "" : "." + folder.Replace('/', '.')),
        ImplicitUsings = true,
        Nullable = "enable",
        HasExternalReferences = true,
    };

    private static IEnumerable<string> ImportsFor(string projectPath, IReadOnlyCollection<string> buildFiles)
    {
        // MSBuild imports only the nearest Directory.Build.props (it may import further ones itself); we
        // take every one up the tree, outermost first, so the nearest still wins.
        var dir = DirectoryOf(projectPath);
        var found = new List<string>();
        while (true)
        {
            foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                var candidate = dir.Length == 0 ? file : dir + "/" + file;
                if (buildFiles.Contains(candidate))
                {
                    found.Add(candidate);
                }
            }

            if (dir.Length == 0)
            {
                break;
            }

            dir = DirectoryOf(dir);
        }

        found.Reverse();
        return found;
    }

    public static string DirectoryOf(string path)
    {
        var i = path.LastIndexOf('/');
        return i < 0 ? "" : path[..i];
    }

    private static string Resolve(string projectPath, string relative)
    {
        var parts = new List<string>(DirectoryOf(projectPath).Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static XDocument? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return XDocument.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Props(XDocument doc, string name) =>
        doc.Descendants().Where(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "PropertyGroup"
            && e.Parent.Attribute("Condition") is null && e.Attribute("Condition") is null).Select(e => e.Value.Trim());

    private static string? Last(List<XDocument> docs, string name) => docs.SelectMany(d => Props(d, name)).LastOrDefault();

    private static IEnumerable<XElement> Items(IEnumerable<XDocument> docs, string name) =>
        docs.SelectMany(d => d.Descendants().Where(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "ItemGroup"));

    private static string? Attr(XElement e, string name) => e.Attribute(name)?.Value.Trim();

    private static string? Include(XElement e) => Attr(e, "Include");
}
