using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// A target framework moniker as the SDK reads it (net8.0, net8.0-windows, netstandard2.0, net48,
/// netcoreapp3.1): its family, version, the preprocessor symbols the SDK defines for it and the C#
/// version the SDK picks when the project sets none.
/// </summary>
public sealed record TargetFramework(string Moniker, TargetFamily Family, Version Version, string Platform)
{
    public static TargetFramework? Parse(string? moniker)
    {
        if (string.IsNullOrWhiteSpace(moniker))
        {
            return null;
        }

        var tfm = moniker.Trim().ToLowerInvariant();
        var dash = tfm.IndexOf('-', StringComparison.Ordinal);
        var platform = dash < 0 ? "" : tfm[(dash + 1)..];
        var core = dash < 0 ? tfm : tfm[..dash];
        if (core.StartsWith("netstandard", StringComparison.Ordinal) && TryVersion(core["netstandard".Length..], out var ns))
        {
            return new TargetFramework(tfm, TargetFamily.NetStandard, ns, platform);
        }

        if (core.StartsWith("netcoreapp", StringComparison.Ordinal) && TryVersion(core["netcoreapp".Length..], out var nc))
        {
            return new TargetFramework(tfm, TargetFamily.NetCore, nc, platform);
        }

        if (core.StartsWith("net", StringComparison.Ordinal))
        {
            var digits = core[3..];
            if (digits.Contains('.', StringComparison.Ordinal) && TryVersion(digits, out var net) && net.Major >= 5)
            {
                return new TargetFramework(tfm, TargetFamily.NetCore, net, platform);
            }

            // net48, net472, net4.8: .NET Framework, one digit per version part.
            var plain = digits.Replace(".", "", StringComparison.Ordinal);
            if (plain.Length is >= 2 and <= 3 && plain.All(char.IsAsciiDigit) && plain[0] is '2' or '3' or '4')
            {
                var parts = plain.Select(c => c - '0').ToArray();
                return new TargetFramework(tfm, TargetFamily.NetFramework, new Version(parts[0], parts[1], parts.Length > 2 ? parts[2] : 0), platform);
            }
        }

        return null;
    }

    /// <summary>A legacy project's TargetFrameworkVersion (v4.7.2) as a moniker.</summary>
    public static TargetFramework? FromFrameworkVersion(string? version) =>
        string.IsNullOrWhiteSpace(version) ? null : Parse("net" + version.Trim().TrimStart('v', 'V').Replace(".", "", StringComparison.Ordinal));

    /// <summary>The identifier MSBuild uses: .NETCoreApp, .NETStandard, .NETFramework.</summary>
    public string Identifier => Family switch
    {
        TargetFamily.NetCore => ".NETCoreApp",
        TargetFamily.NetStandard => ".NETStandard",
        _ => ".NETFramework",
    };

    /// <summary>The long name NuGet's assets file uses as a target key (.NETCoreApp,Version=v8.0).</summary>
    public string LongName => string.Create(CultureInfo.InvariantCulture, $"{Identifier},Version=v{VersionText}");

    /// <summary>v8.0 / v4.7.2 as MSBuild's TargetFrameworkVersion writes it, without the v.</summary>
    public string VersionText => Version.Build > 0 ? $"{Version.Major}.{Version.Minor}.{Version.Build}" : $"{Version.Major}.{Version.Minor}";

    /// <summary>The SDK's implicit defines for the framework (NET8_0, NET8_0_OR_GREATER, NETCOREAPP, ...).</summary>
    public IReadOnlyList<string> Defines()
    {
        var list = new List<string>();
        switch (Family)
        {
            case TargetFamily.NetCore:
                list.Add("NETCOREAPP");
                if (Version.Major >= 5)
                {
                    list.Add("NET");
                    list.Add($"NET{Version.Major}_{Version.Minor}");
                    for (var major = 5; major <= Version.Major; major++)
                    {
                        list.Add($"NET{major}_0_OR_GREATER");
                    }

                    list.AddRange(["NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER",
                        "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER"]);
                }
                else
                {
                    list.Add($"NETCOREAPP{Version.Major}_{Version.Minor}");
                    list.AddRange(new[] { (1, 0), (1, 1), (2, 0), (2, 1), (2, 2), (3, 0), (3, 1) }
                        .Where(v => new Version(v.Item1, v.Item2) <= Version).Select(v => $"NETCOREAPP{v.Item1}_{v.Item2}_OR_GREATER"));
                }

                break;
            case TargetFamily.NetStandard:
                list.Add("NETSTANDARD");
                list.Add($"NETSTANDARD{Version.Major}_{Version.Minor}");
                list.AddRange(new[] { (1, 0), (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (2, 0), (2, 1) }
                    .Where(v => new Version(v.Item1, v.Item2) <= Version).Select(v => $"NETSTANDARD{v.Item1}_{v.Item2}_OR_GREATER"));
                break;
            default:
                var compact = Compact(Version);
                list.Add("NETFRAMEWORK");
                list.Add("NET" + compact);
                list.AddRange(s_frameworkVersions.Where(v => v <= Version).Select(v => $"NET{Compact(v)}_OR_GREATER"));
                break;
        }

        if (Platform.Length > 0)
        {
            var name = new string(Platform.TakeWhile(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
            if (name.Length > 0)
            {
                list.Add(name);
            }
        }

        return list;
    }

    /// <summary>The C# version the SDK uses when LangVersion is not set.</summary>
    public LanguageVersion DefaultLanguageVersion => Family switch
    {
        TargetFamily.NetCore when Version.Major >= 10 => LanguageVersion.Latest,
        TargetFamily.NetCore when Version.Major == 9 => LanguageVersion.CSharp13,
        TargetFamily.NetCore when Version.Major == 8 => LanguageVersion.CSharp12,
        TargetFamily.NetCore when Version.Major == 7 => LanguageVersion.CSharp11,
        TargetFamily.NetCore when Version.Major == 6 => LanguageVersion.CSharp10,
        TargetFamily.NetCore when Version.Major == 5 => LanguageVersion.CSharp9,
        TargetFamily.NetCore when Version.Major == 3 => LanguageVersion.CSharp8,
        TargetFamily.NetStandard when Version >= new Version(2, 1) => LanguageVersion.CSharp8,
        _ => LanguageVersion.CSharp7_3,
    };

    /// <summary>How good a choice this framework is for the review when a project targets several: newest .NET first.</summary>
    public int Preference => Family switch
    {
        TargetFamily.NetCore => 3000 + (Version.Major * 10) + Version.Minor - (Platform.Length > 0 ? 5 : 0),
        TargetFamily.NetStandard => 2000 + (Version.Major * 10) + Version.Minor,
        _ => 1000 + (Version.Major * 100) + (Version.Minor * 10) + Version.Build,
    };

    private static readonly Version[] s_frameworkVersions =
    [
        new(2, 0), new(3, 0), new(3, 5), new(4, 0), new(4, 5), new(4, 5, 1), new(4, 5, 2), new(4, 6), new(4, 6, 1), new(4, 6, 2),
        new(4, 7), new(4, 7, 1), new(4, 7, 2), new(4, 8), new(4, 8, 1),
    ];

    private static string Compact(Version v) => $"{v.Major}{v.Minor}{(v.Build > 0 ? v.Build.ToString(CultureInfo.InvariantCulture) : "")}";

    private static bool TryVersion(string text, out Version version)
    {
        version = new Version(0, 0);
        if (text.Length == 0)
        {
            return false;
        }

        if (!text.Contains('.', StringComparison.Ordinal))
        {
            // netstandard20 / netcoreapp31: the old compact spellings.
            if (text.All(char.IsAsciiDigit) && text.Length == 2)
            {
                version = new Version(text[0] - '0', text[1] - '0');
                return true;
            }

            return false;
        }

        if (Version.TryParse(text, out var parsed))
        {
            version = new Version(parsed.Major, Math.Max(0, parsed.Minor));
            return true;
        }

        return false;
    }
}
