using System.Runtime.InteropServices;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// Where reference assemblies live on this machine: the installed SDK's packs/, targeting packs a
/// restore downloaded into the NuGet folders, the .NET Framework reference-assembly packages, and
/// the sets shipped with the tool (refs/net48, refs/netstandard2.0) for machines that have none.
/// </summary>
internal static class ReferencePacks
{
    private static readonly Lazy<string?> s_dotnetRoot = new(FindDotnetRoot);

    /// <summary>The NuGet folder a restore uses when the assets file names none (NUGET_PACKAGES, else ~/.nuget/packages).</summary>
    public static string DefaultPackageFolder => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
        ? ProjectPaths.Normalize(p)
        : ProjectPaths.Normalize(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));

    /// <summary>The dlls of a shared framework's reference pack for a .NET target framework, or null when none is on the machine.</summary>
    public static IReadOnlyList<string>? SharedFramework(string name, TargetFramework framework, IReadOnlyList<string> packageFolders, IReadOnlyList<(string Name, string Version)> downloads)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(framework);
        var tfm = $"net{framework.Version.Major}.{framework.Version.Minor}";
        if (framework.Version.Major < 5)
        {
            tfm = $"netcoreapp{framework.Version.Major}.{framework.Version.Minor}";
        }

        return Pack(name + ".Ref", tfm, $"{framework.Version.Major}.{framework.Version.Minor}.", packageFolders, downloads);
    }

    /// <summary>.NET Standard 2.0's reference assemblies (netstandard.dll and its facades), or 2.1's from its targeting pack.</summary>
    public static IReadOnlyList<string>? NetStandard(TargetFramework framework, IReadOnlyList<string> packageFolders, IReadOnlyList<(string Name, string Version)> downloads)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (framework.Version >= new Version(2, 1))
        {
            return Pack("NETStandard.Library.Ref", "netstandard2.1", "", packageFolders, downloads);
        }

        foreach (var folder in packageFolders)
        {
            var library = Path.Combine(folder, "netstandard.library");
            if (Directory.Exists(library))
            {
                foreach (var v in Directory.GetDirectories(library).OrderDescending(StringComparer.Ordinal))
                {
                    if (Dlls(Path.Combine(v, "build", "netstandard2.0", "ref")) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return Dlls(Path.Combine(AppContext.BaseDirectory, "refs", "netstandard2.0"));
    }

    /// <summary>The folder of .NET Framework reference assemblies for a version (v4.7.2), or null.</summary>
    public static string? NetFrameworkFolder(TargetFramework framework, IReadOnlyList<string> packageFolders)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var compact = framework.Moniker.Split('-')[0].Replace(".", "", StringComparison.Ordinal);
        var version = "v" + framework.VersionText;
        foreach (var folder in packageFolders)
        {
            var package = Path.Combine(folder, "microsoft.netframework.referenceassemblies." + compact);
            if (!Directory.Exists(package))
            {
                continue;
            }

            foreach (var v in Directory.GetDirectories(package).OrderDescending(StringComparer.Ordinal))
            {
                var dir = Path.Combine(v, "build", ".NETFramework", version);
                if (File.Exists(Path.Combine(dir, "mscorlib.dll")))
                {
                    return dir;
                }
            }
        }

        // 4.8 is a superset of every 4.x before it, close enough to review against when nothing else is here.
        var shipped = Path.Combine(AppContext.BaseDirectory, "refs", "net48");
        return framework.Version.Major == 4 && File.Exists(Path.Combine(shipped, "mscorlib.dll")) ? shipped : null;
    }

    // A targeting pack: the version the restore downloaded into a package folder, else the installed SDK's
    // packs/ folder, newest version first among those that start with the prefix.
    private static IReadOnlyList<string>? Pack(string pack, string tfm, string versionPrefix, IReadOnlyList<string> packageFolders, IReadOnlyList<(string Name, string Version)> downloads)
    {
        foreach (var (_, version) in downloads.Where(d => d.Name.Equals(pack, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var folder in packageFolders)
            {
                if (Dlls(Path.Combine(folder, pack.ToLowerInvariant(), version, "ref", tfm)) is { } found)
                {
                    return found;
                }
            }
        }

        if (s_dotnetRoot.Value is not { } root || !Directory.Exists(Path.Combine(root, "packs", pack)))
        {
            return null;
        }

        var versions = Directory.GetDirectories(Path.Combine(root, "packs", pack)).Select(Path.GetFileName).OfType<string>()
            .Where(v => v.StartsWith(versionPrefix, StringComparison.Ordinal)).OrderByDescending(v => Version.TryParse(v.Split('-')[0], out var x) ? x : new Version(0, 0));
        return versions.Select(v => Dlls(Path.Combine(root, "packs", pack, v, "ref", tfm))).FirstOrDefault(d => d is not null);
    }

    /// <summary>
    /// The nearest newer installed pack of a shared framework (ASP.NET Core 10 for a net8.0 project on a
    /// machine with only the .NET 10 SDK): its API is a superset, so the project's code resolves. Null when none.
    /// </summary>
    public static (IReadOnlyList<string> Dlls, string Moniker)? SharedFrameworkStandIn(string name, TargetFramework framework)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(framework);
        var pack = name + ".Ref";
        if (framework.Version.Major < 5 || s_dotnetRoot.Value is not { } root || !Directory.Exists(Path.Combine(root, "packs", pack)))
        {
            return null;
        }

        foreach (var v in Directory.GetDirectories(Path.Combine(root, "packs", pack)).Select(Path.GetFileName).OfType<string>()
                     .Select(v => (Text: v, Version: Version.TryParse(v.Split('-')[0], out var x) ? x : null))
                     .Where(v => v.Version is not null && v.Version.Major >= framework.Version.Major).OrderBy(v => v.Version))
        {
            var moniker = $"net{v.Version!.Major}.{v.Version.Minor}";
            if (Dlls(Path.Combine(root, "packs", pack, v.Text, "ref", moniker)) is { } dlls)
            {
                return (dlls, moniker);
            }
        }

        return null;
    }

    private static List<string>? Dlls(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var files = Directory.GetFiles(directory, "*.dll").Concat(Directory.Exists(Path.Combine(directory, "Facades")) ? Directory.GetFiles(Path.Combine(directory, "Facades"), "*.dll") : [])
            .Select(ProjectPaths.Normalize).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : null;
    }

    private static string? FindDotnetRoot()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } env && Directory.Exists(Path.Combine(env, "packs")))
        {
            return env;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/ is where the running runtime lives.
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        return Directory.Exists(Path.Combine(root, "packs")) ? root : null;
    }
}
