using System.Globalization;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// The MSBuild property functions real project files lean on, evaluated against the review's file
/// system. Null means "not known here": the caller treats the value as unknown, never as a guess.
/// </summary>
internal sealed class MsBuildFunctions(IProjectFileSystem files, Func<string> thisFileDirectory)
{
    public string? Static(string type, string name, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(args);
        var t = type.Trim();
        if (t.Equals("MSBuild", StringComparison.OrdinalIgnoreCase))
        {
            return MsBuild(name, args);
        }

        if (t.Equals("System.IO.Path", StringComparison.OrdinalIgnoreCase))
        {
            return name switch
            {
                "Combine" => args.Count == 0 ? "" : args.Skip(1).Aggregate(args[0], (a, b) => ProjectPaths.IsRooted(b.Replace('\\', '/')) ? b : a.TrimEnd('/', '\\') + "/" + b),
                "GetFullPath" when args.Count == 1 => ProjectPaths.Combine(thisFileDirectory(), args[0]),
                "GetDirectoryName" when args.Count == 1 => ProjectPaths.DirectoryOf(args[0].Replace('\\', '/')),
                "GetFileName" when args.Count == 1 => Path.GetFileName(args[0].Replace('\\', '/')),
                "GetFileNameWithoutExtension" when args.Count == 1 => Path.GetFileNameWithoutExtension(args[0].Replace('\\', '/')),
                "GetExtension" when args.Count == 1 => Path.GetExtension(args[0]),
                "DirectorySeparatorChar" => "/",
                _ => null,
            };
        }

        if (t.Equals("System.String", StringComparison.OrdinalIgnoreCase) || t.Equals("string", StringComparison.OrdinalIgnoreCase))
        {
            return name switch
            {
                "IsNullOrEmpty" when args.Count == 1 => Bool(string.IsNullOrEmpty(args[0])),
                "IsNullOrWhiteSpace" when args.Count == 1 => Bool(string.IsNullOrWhiteSpace(args[0])),
                "Copy" when args.Count == 1 => args[0],
                "Concat" => string.Concat(args),
                "Join" when args.Count >= 1 => string.Join(args[0], args.Skip(1)),
                _ => null,
            };
        }

        if (t.Equals("System.IO.File", StringComparison.OrdinalIgnoreCase) && name == "Exists" && args.Count == 1)
        {
            return Bool(files.FileExists(ProjectPaths.Combine(thisFileDirectory(), args[0])));
        }

        if (t.Equals("System.IO.Directory", StringComparison.OrdinalIgnoreCase) && name == "Exists" && args.Count == 1)
        {
            return Bool(files.DirectoryExists(ProjectPaths.Combine(thisFileDirectory(), args[0])));
        }

        if (t.Equals("System.Runtime.InteropServices.RuntimeInformation", StringComparison.OrdinalIgnoreCase))
        {
            return name is "OSArchitecture" or "ProcessArchitecture" ? "X64" : null;
        }

        return t.Equals("System.Environment", StringComparison.OrdinalIgnoreCase) && name == "NewLine" ? "\n" : null;
    }

    public static string? Instance(string value, string name, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(args);
        var ic = StringComparison.OrdinalIgnoreCase;
        return (name, args.Count) switch
        {
            ("Length", 0) => value.Length.ToString(CultureInfo.InvariantCulture),
            ("Trim", 0) => value.Trim(),
            ("Trim", _) => value.Trim(string.Concat(args).ToCharArray()),
            ("TrimEnd", 0) => value.TrimEnd(),
            ("TrimEnd", _) => value.TrimEnd(string.Concat(args).ToCharArray()),
            ("TrimStart", 0) => value.TrimStart(),
            ("TrimStart", _) => value.TrimStart(string.Concat(args).ToCharArray()),
            ("ToLower" or "ToLowerInvariant", 0) => value.ToLowerInvariant(),
            ("ToUpper" or "ToUpperInvariant", 0) => value.ToUpperInvariant(),
            ("EndsWith", >= 1) => Bool(value.EndsWith(args[0], ic)),
            ("StartsWith", >= 1) => Bool(value.StartsWith(args[0], ic)),
            ("Contains", 1) => Bool(value.Contains(args[0], ic)),
            ("Equals", >= 1) => Bool(string.Equals(value, args[0], ic)),
            ("Replace", 2) => args[0].Length == 0 ? value : value.Replace(args[0], args[1], StringComparison.Ordinal),
            ("IndexOf", >= 1) => value.IndexOf(args[0], StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture),
            ("LastIndexOf", >= 1) => value.LastIndexOf(args[0], StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture),
            ("Substring", 1) when int.TryParse(args[0], out var s) && s >= 0 && s <= value.Length => value[s..],
            ("Substring", 2) when int.TryParse(args[0], out var s) && int.TryParse(args[1], out var n) && s >= 0 && n >= 0 && s + n <= value.Length => value.Substring(s, n),
            ("Split", _) => value,
            _ => null,
        };
    }

    private string? MsBuild(string name, IReadOnlyList<string> args)
    {
        switch (name)
        {
            case "GetDirectoryNameOfFileAbove" when args.Count == 2:
                return FindAbove(files, ProjectPaths.Combine(thisFileDirectory(), args[0]), args[1]) is { } found ? ProjectPaths.DirectoryOf(found) : "";
            case "GetPathOfFileAbove" when args.Count is 1 or 2:
                return FindAbove(files, ProjectPaths.Combine(thisFileDirectory(), args.Count == 2 ? args[1] : "."), args[0]) ?? "";
            case "NormalizeDirectory":
                return Join(args).TrimEnd('/') + "/";
            case "NormalizePath":
                return Join(args);
            case "EnsureTrailingSlash" when args.Count == 1:
                return args[0].Length == 0 || args[0].EndsWith('/') || args[0].EndsWith('\\') ? args[0] : args[0] + "/";
            case "EnsureNoTrailingSlash" when args.Count == 1:
                return args[0].TrimEnd('/', '\\');
            case "ValueOrDefault" when args.Count == 2:
                return args[0].Length > 0 ? args[0] : args[1];
            case "Escape" or "Unescape" when args.Count == 1:
                return args[0];
            case "IsOSPlatform" or "IsOsPlatform" when args.Count == 1:
                return Bool(args[0].Equals("linux", StringComparison.OrdinalIgnoreCase) || args[0].Equals("unix", StringComparison.OrdinalIgnoreCase));
            case "IsOsUnixLike":
                return "true";
            case "GetTargetFrameworkIdentifier" when args.Count == 1:
                return TargetFramework.Parse(args[0])?.Identifier ?? "";
            case "GetTargetFrameworkVersion" when args.Count >= 1:
                return TargetFramework.Parse(args[0]) is { } tf ? Version(tf.Version, args.Count > 1 && int.TryParse(args[1], out var d) ? d : 2) : "";
            case "GetTargetPlatformIdentifier" when args.Count == 1:
                return TargetFramework.Parse(args[0])?.Platform is { Length: > 0 } p ? new string(p.TakeWhile(char.IsAsciiLetter).ToArray()) : "";
            case "IsTargetFrameworkCompatible" when args.Count == 2:
                return Bool(Compatible(TargetFramework.Parse(args[0]), TargetFramework.Parse(args[1])));
            case "VersionEquals" or "VersionNotEquals" or "VersionGreaterThan" or "VersionGreaterThanOrEquals" or "VersionLessThan" or "VersionLessThanOrEquals" when args.Count == 2:
                return CompareVersions(name, args[0], args[1]);
            case "Add" or "Subtract" or "Multiply" when args.Count == 2 && double.TryParse(args[0], CultureInfo.InvariantCulture, out var a) && double.TryParse(args[1], CultureInfo.InvariantCulture, out var b):
                return (name == "Add" ? a + b : name == "Subtract" ? a - b : a * b).ToString(CultureInfo.InvariantCulture);
            case "MakeRelative" when args.Count == 2:
                return ProjectPaths.RelativeTo(args[0].Replace('\\', '/').TrimEnd('/'), args[1].Replace('\\', '/')) ?? args[1];
            default:
                return null;
        }
    }

    /// <summary>The nearest file of that name in the folder or above it, as MSBuild's GetPathOfFileAbove finds it; null when none.</summary>
    public static string? FindAbove(IProjectFileSystem files, string directory, string fileName)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(directory);
        for (var dir = ProjectPaths.Normalize(directory); ; dir = ProjectPaths.DirectoryOf(dir))
        {
            var candidate = dir.TrimEnd('/') + "/" + fileName;
            if (files.FileExists(candidate))
            {
                return candidate;
            }

            if (dir == "/" || dir.Length == 0)
            {
                return null;
            }
        }
    }

    private string Join(IReadOnlyList<string> args)
    {
        var path = thisFileDirectory();
        foreach (var a in args.Where(a => a.Length > 0))
        {
            path = ProjectPaths.Combine(path, a);
        }

        return path;
    }

    private static bool Compatible(TargetFramework? target, TargetFramework? candidate)
    {
        if (target is null || candidate is null)
        {
            return false;
        }

        if (candidate.Family == target.Family)
        {
            return target.Version >= candidate.Version;
        }

        // .NET and .NET Framework consume .NET Standard libraries of the versions they implement.
        return candidate.Family == TargetFamily.NetStandard && target.Family switch
        {
            TargetFamily.NetCore => target.Version.Major >= 3 || candidate.Version <= new System.Version(2, 0),
            TargetFamily.NetFramework => target.Version >= new System.Version(4, 6, 1) && candidate.Version <= new System.Version(2, 0),
            _ => false,
        };
    }

    private static string? CompareVersions(string name, string left, string right)
    {
        if (!System.Version.TryParse(Pad(left), out var a) || !System.Version.TryParse(Pad(right), out var b))
        {
            return null;
        }

        var c = a.CompareTo(b);
        return Bool(name switch
        {
            "VersionEquals" => c == 0,
            "VersionNotEquals" => c != 0,
            "VersionGreaterThan" => c > 0,
            "VersionGreaterThanOrEquals" => c >= 0,
            "VersionLessThan" => c < 0,
            _ => c <= 0,
        });
    }

    private static string Pad(string v)
    {
        var t = v.Trim().TrimStart('v', 'V');
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        t = dash >= 0 ? t[..dash] : t;
        return t.Contains('.', StringComparison.Ordinal) ? t : t + ".0";
    }

    private static string Version(Version v, int digits) => digits switch
    {
        1 => $"{v.Major}",
        3 => $"{v.Major}.{v.Minor}.{Math.Max(0, v.Build)}",
        _ => $"{v.Major}.{v.Minor}",
    };

    private static string Bool(bool b) => b ? "true" : "false";
}
