using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// Reads a .csproj into a <see cref="ProjectModel"/>: evaluates it, picks one target framework when
/// it targets several (the newest .NET, said in the model) and evaluates again as the inner build
/// would, then applies the SDK's defaults for what the project leaves unset.
/// </summary>
internal sealed class ProjectModelReader(IProjectFileSystem files, string repoRoot)
{
    private static readonly string[] s_frameworkDefaults =
        ["mscorlib", "System", "System.Core", "System.Data", "System.Drawing", "System.IO.Compression.FileSystem", "System.Numerics", "System.Runtime.Serialization", "System.Xml", "System.Xml.Linq"];

    public ProjectModel Read(string projectPath)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        var full = ProjectPaths.Combine(repoRoot, projectPath);
        var outer = new MsBuildEvaluator(files, repoRoot).Evaluate(full);
        if (!outer.Readable)
        {
            return new ProjectModel { ProjectPath = projectPath, Directory = outer.Directory, AssemblyName = Path.GetFileNameWithoutExtension(projectPath), Readable = false, Warnings = outer.Warnings };
        }

        var evaluated = outer;
        var frameworks = outer.List("TargetFrameworks");
        if (outer.Property("TargetFramework") is null && frameworks.Count > 0)
        {
            var chosen = frameworks.Select(f => (f, tf: TargetFramework.Parse(f))).OrderByDescending(x => x.tf?.Preference ?? 0).First().f;
            evaluated = new MsBuildEvaluator(files, repoRoot, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["TargetFramework"] = chosen }).Evaluate(full);
        }

        return ToModel(projectPath, evaluated, frameworks.Count > 0 ? frameworks : [evaluated.Property("TargetFramework") ?? ""]);
    }

    private ProjectModel ToModel(string projectPath, EvaluatedProject p, IReadOnlyList<string> frameworks)
    {
        var framework = TargetFramework.Parse(p.Property("TargetFramework"))
            ?? (p.IsSdkStyle ? null : TargetFramework.FromFrameworkVersion(p.Property("TargetFrameworkVersion") ?? "v4.0"));
        var warnings = p.Warnings.ToList();
        if (framework is null)
        {
            warnings.Add(new ProjectWarning(projectPath, 0, $"target framework '{p.Property("TargetFramework") ?? string.Join(";", frameworks)}' is not one the review knows; compiled as net10.0"));
        }

        var sdk = p.Sdk;
        var implicitUsings = p.Property("ImplicitUsings") is { } iu && (iu.Equals("enable", StringComparison.OrdinalIgnoreCase) || iu.Equals("true", StringComparison.OrdinalIgnoreCase));
        var outputType = p.Property("OutputType") ?? "Library";
        return new ProjectModel
        {
            ProjectPath = projectPath,
            Directory = p.Directory,
            AssemblyName = p.Property("AssemblyName") ?? Path.GetFileNameWithoutExtension(projectPath),
            Sdk = sdk,
            Framework = framework,
            Frameworks = frameworks.Where(f => f.Length > 0).ToList(),
            LanguageVersion = LanguageVersionOf(p.Property("LangVersion"), framework),
            Nullable = (p.Property("Nullable") ?? "").ToLowerInvariant() switch
            {
                "enable" or "true" => NullableContextOptions.Enable,
                "warnings" => NullableContextOptions.Warnings,
                "annotations" => NullableContextOptions.Annotations,
                _ => NullableContextOptions.Disable,
            },
            AllowUnsafeBlocks = p.IsTrue("AllowUnsafeBlocks"),
            OutputKind = outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase)
                ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            Defines = Defines(p, framework),
            GlobalUsings = GlobalUsings(p, sdk, framework, implicitUsings),
            InternalsVisibleTo = p.ItemsOf("InternalsVisibleTo").Select(i => i.Include)
                .Concat(p.ItemsOf("AssemblyAttribute").Where(i => i.Include.EndsWith("InternalsVisibleTo", StringComparison.Ordinal)).Select(i => i.Meta("_Parameter1")).OfType<string>())
                .Distinct(StringComparer.Ordinal).ToList(),
            NoWarn = Ids(p.List("NoWarn")),
            TreatWarningsAsErrors = p.IsTrue("TreatWarningsAsErrors"),
            WarningsAsErrors = Ids(p.List("WarningsAsErrors")),
            WarningsNotAsErrors = Ids(p.List("WarningsNotAsErrors")),
            WarningLevel = int.TryParse(p.Property("WarningLevel"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) ? level
                : framework is { Family: TargetFamily.NetCore, Version.Major: >= 5 } f ? f.Version.Major : 4,
            ProjectReferences = p.ItemsOf("ProjectReference").Where(i => !string.Equals(i.Meta("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
                .Select(i => ProjectPaths.RelativeTo(repoRoot, ProjectPaths.Combine(p.Directory, i.Include)))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            ReferencesGeneratorProjects = p.ItemsOf("ProjectReference").Any(i => string.Equals(i.Meta("OutputItemType"), "Analyzer", StringComparison.OrdinalIgnoreCase)),
            PackageReferences = p.ItemsOf("PackageReference").Concat(p.ItemsOf("GlobalPackageReference")).Select(i => i.Include).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            FrameworkReferences = FrameworkReferences(p, sdk, framework),
            AssemblyReferences = AssemblyReferences(p, framework),
            ProjectExtensionsPath = p.Property("MSBuildProjectExtensionsPath") ?? p.Directory + "/obj/",
            DefaultCompileItems = p.IsSdkStyle && !p.IsFalse("EnableDefaultCompileItems") && !p.IsFalse("EnableDefaultItems"),
            CompileIncludes = RepoPatterns(p, p.ItemsOf("Compile").Select(i => i.Include)),
            CompileRemoves = RepoPatterns(p, p.Removals.Where(r => r.Type.Equals("Compile", StringComparison.OrdinalIgnoreCase)).Select(r => r.Include)
                .Concat(p.ItemsOf("Compile").Select(i => i.Meta("Exclude")).OfType<string>().SelectMany(e => e.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))),
            Warnings = warnings,
        };
    }

    private static LanguageVersion LanguageVersionOf(string? value, TargetFramework? framework)
    {
        if (value is not null && LanguageVersionFacts.TryParse(value, out var parsed))
        {
            return parsed;
        }

        return framework?.DefaultLanguageVersion ?? LanguageVersion.Latest;
    }

    private static List<string> Defines(EvaluatedProject p, TargetFramework? framework)
    {
        var defines = p.List("DefineConstants").Where(d => !d.Contains('$', StringComparison.Ordinal)).ToList();
        if (p.IsSdkStyle)
        {
            defines.Add("TRACE");
            if (string.Equals(p.Property("Configuration"), "Debug", StringComparison.OrdinalIgnoreCase))
            {
                defines.Add("DEBUG");
            }

            if (!p.IsTrue("DisableImplicitFrameworkDefines"))
            {
                defines.AddRange((framework ?? TargetFramework.Parse("net10.0")!).Defines());
            }
        }

        return defines.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<GlobalUsing> GlobalUsings(EvaluatedProject p, string? sdk, TargetFramework? framework, bool implicitUsings)
    {
        var list = new List<GlobalUsing>();
        if (implicitUsings && sdk is not null)
        {
            list.AddRange(SdkUsings.For(sdk, framework, p.IsTrue("UseWindowsForms"), p.IsTrue("UseWPF")).Select(n => new GlobalUsing(n, null, false)));
        }

        foreach (var u in p.ItemsOf("Using"))
        {
            list.Add(new GlobalUsing(u.Include, u.Meta("Alias"), string.Equals(u.Meta("Static"), "true", StringComparison.OrdinalIgnoreCase)));
        }

        var removed = p.Removals.Where(r => r.Type.Equals("Using", StringComparison.OrdinalIgnoreCase)).Select(r => r.Include).ToHashSet(StringComparer.Ordinal);
        return list.Where(u => !removed.Contains(u.Name)).Distinct().ToList();
    }

    private static List<string> FrameworkReferences(EvaluatedProject p, string? sdk, TargetFramework? framework)
    {
        var list = new List<string>();
        if (framework is null or { Family: TargetFamily.NetCore })
        {
            list.Add("Microsoft.NETCore.App");
            var name = sdk?.Split('/')[0] ?? "";
            if (name.EndsWith(".Web", StringComparison.OrdinalIgnoreCase))
            {
                list.Add("Microsoft.AspNetCore.App");
            }

            if (p.IsTrue("UseWPF") || p.IsTrue("UseWindowsForms"))
            {
                list.Add("Microsoft.WindowsDesktop.App");
            }
        }

        list.AddRange(p.ItemsOf("FrameworkReference").Select(i => i.Include));
        var removed = p.Removals.Where(r => r.Type.Equals("FrameworkReference", StringComparison.OrdinalIgnoreCase)).Select(r => r.Include).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return list.Where(f => !removed.Contains(f)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static List<(string, string?)> AssemblyReferences(EvaluatedProject p, TargetFramework? framework)
    {
        var list = new List<(string, string?)>();
        if (framework is { Family: TargetFamily.NetFramework })
        {
            var defaults = p.IsSdkStyle ? (p.IsTrue("DisableImplicitFrameworkReferences") ? [] : s_frameworkDefaults) : ["mscorlib", "System.Core"];
            list.AddRange(defaults.Select(d => (d, (string?)null)));
        }

        foreach (var r in p.ItemsOf("Reference"))
        {
            // Package targets add references by path (NETStandard.Library's facades: $(MSBuildThisFileDirectory)ref\netstandard.dll).
            if (r.Include.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || r.Include.Contains('/', StringComparison.Ordinal) || r.Include.Contains('\\', StringComparison.Ordinal))
            {
                var path = ProjectPaths.Combine(p.Directory, r.Include);
                list.Add((Path.GetFileNameWithoutExtension(path), path));
                continue;
            }

            var name = r.Include.Split(',')[0].Trim();
            var hint = r.Meta("HintPath") is { } h ? ProjectPaths.Combine(p.Directory, h) : null;
            list.Add((name, hint));
        }

        return list.DistinctBy(r => r.Item1, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private PathPatterns RepoPatterns(EvaluatedProject p, IEnumerable<string> patterns) => new(patterns
        .Where(x => x.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || x.EndsWith("**", StringComparison.Ordinal) || x.EndsWith("/*", StringComparison.Ordinal))
        .Select(x => ProjectPaths.RelativeTo(repoRoot, ProjectPaths.Combine(p.Directory, x)))
        .OfType<string>().Select(x => x.EndsWith("**", StringComparison.Ordinal) ? x + "/*" : x));

    private static List<string> Ids(IEnumerable<string> values) => values
        .Where(v => !v.Contains('$', StringComparison.Ordinal))
        .Select(v => v.All(char.IsAsciiDigit) ? "CS" + v.PadLeft(4, '0') : v.ToUpperInvariant())
        .Distinct(StringComparer.Ordinal).ToList();
}
