using System.Globalization;

namespace CoeReview.RealRepos;

/// <summary>The command line of the benchmark.</summary>
internal sealed record BenchmarkOptions(
    IReadOnlyList<RepoSpec> Repos,
    string Cli,
    string Output,
    IReadOnlyList<BenchmarkMode> Modes,
    string? NuGetConfig,
    string WorkDirectory,
    TimeSpan Timeout)
{
    public const string Usage =
        "usage: CoeReview.RealRepos --repo PATH:N [--repo PATH:N ...] --cli coe-review.dll [--out results.md]\n" +
        "       [--modes unrestored,restored] [--nuget-config FILE] [--work DIR] [--timeout SECONDS]";

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var repos = new List<RepoSpec>();
        string? cli = null;
        var output = "results.md";
        var modes = new List<BenchmarkMode> { BenchmarkMode.Unrestored, BenchmarkMode.Restored };
        string? nugetConfig = null;
        var work = Path.Combine(Path.GetTempPath(), "coe-realrepos");
        var timeout = TimeSpan.FromMinutes(10);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            switch (args[i])
            {
                case "--repo": repos.Add(RepoSpec.Parse(value)); break;
                case "--cli": cli = Path.GetFullPath(value); break;
                case "--out": output = Path.GetFullPath(value); break;
                case "--modes": modes = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseMode)]; break;
                case "--nuget-config": nugetConfig = Path.GetFullPath(value); break;
                case "--work": work = Path.GetFullPath(value); break;
                case "--timeout": timeout = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'\n{Usage}");
            }

            i++;
        }

        if (repos.Count == 0 || cli is null)
        {
            throw new ArgumentException($"--repo and --cli are required\n{Usage}");
        }

        return new BenchmarkOptions(repos, cli, output, modes, nugetConfig, work, timeout);
    }

    private static BenchmarkMode ParseMode(string text) => text.Trim().ToUpperInvariant() switch
    {
        "UNRESTORED" => BenchmarkMode.Unrestored,
        "RESTORED" => BenchmarkMode.Restored,
        _ => throw new ArgumentException($"unknown mode '{text}' (unrestored, restored)"),
    };
}
