using System.Globalization;
using System.Text;

namespace CoeReview.Benchmarks;

// The analysis benchmark's repository: several C# projects on disk, no git, every file new.
internal static partial class SyntheticRepo
{
    /// <summary>Lines in every generated file; files × this = changed lines.</summary>
    public const int LinesPerFile = 50;

    /// <summary>
    /// Writes <paramref name="files"/> realistic service classes over <paramref name="projects"/> projects
    /// under <paramref name="root"/>: they call each other across files, with loops, LINQ, async,
    /// strings, I/O and a few planted problems. Returns the repo-relative paths of the .cs files.
    /// </summary>
    public static IReadOnlyList<string> Write(string root, int files, int projects)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentOutOfRangeException.ThrowIfLessThan(files, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(projects, 1);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"),
            "<Project>\n  <PropertyGroup>\n    <ImplicitUsings>enable</ImplicitUsings>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n");
        var paths = new List<string>();
        for (var p = 0; p < projects; p++)
        {
            var dir = Path.Combine(root, "src", $"Synthetic.P{p}");
            Directory.CreateDirectory(Path.Combine(dir, "Services"));
            File.WriteAllText(Path.Combine(dir, $"Synthetic.P{p}.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        }

        for (var i = 0; i < files; i++)
        {
            var p = i % projects;
            var relative = $"src/Synthetic.P{p}/Services/Service{i}.cs";
            File.WriteAllText(Path.Combine(root, relative), ProjectSource(p, i, projects));
            paths.Add(relative);
        }

        return paths;
    }

    /// <summary>One 50-line file; Service i calls Service i-projects (the previous file of the same project).</summary>
    private static string ProjectSource(int project, int index, int projects)
    {
        var previous = index - projects;
        var n = index.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("using System.Diagnostics;\n");                                                       // 1
        sb.Append("using System.Text;\n");                                                              // 2
        sb.Append("using System.Text.RegularExpressions;\n");                                           // 3
        sb.Append(CultureInfo.InvariantCulture, $"namespace Synthetic.P{project}.Services;\n");        // 4
        sb.Append('\n');                                                                                // 5
        sb.Append(CultureInfo.InvariantCulture, $"public sealed class Service{n}\n");                  // 6
        sb.Append("{\n");                                                                               // 7
        sb.Append("    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);\n"); // 8
        sb.Append(previous >= 0
            ? $"    private readonly Service{previous} _next = new();\n"
            : "    private readonly object _next = new();\n");                                         // 9
        sb.Append('\n');                                                                                // 10
        sb.Append("    public int Count(IEnumerable<string> words)\n");                                  // 11
        sb.Append("    {\n");                                                                           // 12
        sb.Append("        var total = 0;\n");                                                          // 13
        sb.Append("        foreach (var word in words.Where(w => w.Length > 2))\n");                   // 14
        sb.Append("        {\n");                                                                       // 15
        sb.Append("            _counts[word] = _counts.TryGetValue(word, out var c) ? c + 1 : 1;\n");  // 16
        sb.Append("            total += word.Length;\n");                                              // 17
        sb.Append("        }\n");                                                                       // 18
        sb.Append('\n');                                                                                // 19
        sb.Append("        return total;\n");                                                           // 20
        sb.Append("    }\n");                                                                           // 21
        sb.Append('\n');                                                                                // 22
        sb.Append("    public string Describe(List<int> values)\n");                                     // 23
        sb.Append("    {\n");                                                                           // 24
        sb.Append("        var text = \"\";\n");                                                        // 25
        sb.Append("        for (var i = 0; i < values.Count; i++)\n");                                  // 26
        sb.Append("        {\n");                                                                       // 27
        sb.Append("            text += values[i].ToString(System.Globalization.CultureInfo.InvariantCulture);\n"); // 28
        sb.Append("        }\n");                                                                       // 29
        sb.Append('\n');                                                                                // 30
        sb.Append("        return new StringBuilder(text).Append(_next.GetHashCode()).ToString();\n");  // 31
        sb.Append("    }\n");                                                                           // 32
        sb.Append('\n');                                                                                // 33
        sb.Append("    public async Task<string> ReadAsync(string folder, string name, CancellationToken ct)\n"); // 34
        sb.Append("    {\n");                                                                           // 35
        sb.Append("        var path = Path.Combine(folder, name);\n");                                  // 36
        sb.Append("        var text = await File.ReadAllTextAsync(path, ct);\n");                      // 37
        sb.Append("        return Regex.IsMatch(text, \"^[a-z]+$\") ? text : text.Trim();\n");          // 38
        sb.Append("    }\n");                                                                           // 39
        sb.Append('\n');                                                                                // 40
        sb.Append("    public int Run(string arguments)\n");                                            // 41
        sb.Append("    {\n");                                                                           // 42
        sb.Append("        using var process = Process.Start(\"git\", arguments);\n");                  // 43
        sb.Append("        process.WaitForExit();\n");                                                  // 44
        sb.Append("        var data = new HttpClient().GetStringAsync(\"https://example.com\").Result;\n"); // 45
        sb.Append("        return process.ExitCode + data.Length + Count([data]);\n");                  // 46
        sb.Append("    }\n");                                                                           // 47
        sb.Append('\n');                                                                                // 48
        sb.Append("    public override string ToString() => nameof(Service" + n + ");\n");              // 49
        sb.Append("}\n");                                                                               // 50
        return sb.ToString();
    }
}
