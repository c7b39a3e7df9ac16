using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CoeReview.Benchmarks;

/// <summary>
/// The benchmarks' synthetic C# repositories: <see cref="Create"/> for a review, <see cref="Write"/>
/// (SyntheticRepo.Projects.cs) for the analysis engine alone.
/// </summary>
internal static partial class SyntheticRepo
{
    /// <summary>
    /// A git repository with a realistic C# project and a large uncommitted change: many files, each
    /// with new methods that mix plain code, loops, queries and tests. Returns its folder.
    /// </summary>
    public static string Create(int files, int linesPerFile)
    {
        var root = Path.Combine(Path.GetTempPath(), "coe-review-bench", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(root, "src", "Shop"));
        File.WriteAllText(Path.Combine(root, "src", "Shop", "Shop.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup></Project>\n");
        for (var f = 0; f < files; f++)
        {
            File.WriteAllText(FilePath(root, f), Source(f, 0));
        }

        Git(root, "init -q -b main");
        Git(root, "-c user.email=b@e -c user.name=bench add -A");
        Git(root, "-c user.email=b@e -c user.name=bench commit -q -m base");
        for (var f = 0; f < files; f++)
        {
            File.WriteAllText(FilePath(root, f), Source(f, linesPerFile));
        }

        return root;
    }

    private static string FilePath(string root, int f) => Path.Combine(root, "src", "Shop", $"Service{f:000}.cs");

    /// <summary>A class whose body grows by about <paramref name="added"/> lines of new members.</summary>
    private static string Source(int f, int added)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System.Text;").AppendLine().AppendLine("namespace Shop;").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"public sealed class Service{f:000}").AppendLine("{");
        sb.AppendLine("    private readonly Dictionary<string, int> _stock = new();").AppendLine();
        sb.AppendLine("    public int Count(string key) => _stock.TryGetValue(key, out var n) ? n : 0;");
        var lines = 0;
        var m = 0;
        while (lines < added)
        {
            var block = Method(f, m++);
            sb.Append(block);
            lines += block.Count(c => c == '\n');
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Method(int f, int m) => (m % 4) switch
    {
        0 => $$"""

                public string Describe{{m}}(IEnumerable<string> names)
                {
                    var text = "";
                    foreach (var name in names)
                    {
                        text += name + ",";
                    }

                    return text;
                }

            """,
        1 => $$"""

                public int Sum{{m}}(List<int> values, List<int> other)
                {
                    var total = 0;
                    foreach (var v in values)
                    {
                        if (other.Contains(v)) { total += v; }
                    }

                    return total + Count("k{{f}}");
                }

            """,
        2 => $$"""

                public async Task<string> Load{{m}}(HttpClient client, string id)
                {
                    var response = await client.GetStringAsync("https://example.invalid/items/" + Uri.EscapeDataString(id));
                    return response.Trim();
                }

            """,
        _ => $$"""

                public string Build{{m}}(int count)
                {
                    var sb = new StringBuilder();
                    for (var i = 0; i < count; i++)
                    {
                        sb.Append(i).Append(';');
                    }

                    return sb.ToString();
                }

            """,
    };

    private static void Git(string root, string args)
    {
        using var p = Process.Start(new ProcessStartInfo("git", args) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true })!;
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {args}: {p.StandardError.ReadToEnd()}");
        }
    }
}
