using System.Globalization;
using System.Text.Json;

namespace CoeReview.Benchmarks;

/// <summary>
/// A review next to the build of what it reviews, each as a cold process, in turn: a synthetic
/// restored project with every file changed (`dotnet build --no-restore --no-incremental` against
/// `coe-review review` with all experts), or a real repository's last commits reviewed against their
/// parents. Medians over several alternating runs, after one untimed warm-up of each (the build's
/// compiler server and the review's embedding cache are warm, as on a developer's machine).
/// </summary>
internal static class VersusBuild
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    public static int Synthetic(string cli, int files, int linesPerFile, int runs, string experts)
    {
        var repo = SyntheticRepo.Create(files, linesPerFile);
        var project = Path.Combine(repo, "src", "Shop", "Shop.csproj");
        var restore = ChildProcess.Start("dotnet", ["restore", project], repo);
        if (restore.ExitCode != 0)
        {
            Console.Error.WriteLine($"dotnet restore failed: {restore.Output}");
            return 1;
        }

        string[] build = ["build", project, "--no-restore", "--no-incremental", "-nologo", "-v", "q"];
        var report = Path.Combine(Path.GetTempPath(), $"coe-bench-{Guid.NewGuid():N}.json");
        string[] review = ["review", "--repo", repo, "--experts", experts, "--format", "json", "--output", report, "--fail-level", "none"];
        ChildProcess.Start("dotnet", build, repo);
        ChildProcess.Start(cli, review, repo);

        var builds = new List<double>();
        var reviews = new List<ChildProcess.Run>();
        var findings = new HashSet<int>();
        for (var r = 0; r < runs; r++)
        {
            var b = ChildProcess.Start("dotnet", build, repo);
            if (b.ExitCode != 0)
            {
                Console.Error.WriteLine($"dotnet build failed: {b.Output}");
                return 1;
            }

            builds.Add(b.Seconds);
            var v = ChildProcess.Start(cli, review, repo);
            if (v.ExitCode is not (0 or 1))
            {
                Console.Error.WriteLine($"review failed ({v.ExitCode}): {v.Output}");
                return 1;
            }

            reviews.Add(v);
            findings.Add(CountFindings(report));
            Console.WriteLine(string.Create(s_inv, $"run {r + 1}: build {b.Seconds:0.00} s, review {v.Seconds:0.00} s ({v.PeakMb:0} MB)"));
        }

        var changed = Directory.GetFiles(Path.Combine(repo, "src", "Shop"), "*.cs").Length;
        Console.WriteLine(string.Create(s_inv, $"{changed} changed files, {files * linesPerFile:N0} added lines, experts {experts}, {runs} runs"));
        Console.WriteLine("| | median s | min s | max s |");
        Console.WriteLine("| --- | --- | --- | --- |");
        Console.WriteLine(Row("dotnet build --no-restore", builds));
        Console.WriteLine(Row("coe-review review", reviews.Select(v => v.Seconds).ToList()));
        Console.WriteLine(string.Create(s_inv,
            $"review / build: {Median(reviews.Select(v => v.Seconds).ToList()) / Median(builds):0.00}; review peak memory {reviews.Max(v => v.PeakMb):0} MB; findings per run: {string.Join(", ", findings)}"));
        File.Delete(report);
        Directory.Delete(repo, true);
        return 0;
    }

    public static int Commits(string cli, string repo, int count)
    {
        var log = ChildProcess.Start("git", ["log", "--no-merges", "--format=%H", "-n", count.ToString(s_inv), "--", "*.cs"], repo);
        var commits = log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c.Length == 40).ToList();
        if (log.ExitCode != 0 || commits.Count == 0)
        {
            Console.Error.WriteLine($"no commits touching .cs files in {repo}");
            return 2;
        }

        var report = Path.Combine(Path.GetTempPath(), $"coe-bench-{Guid.NewGuid():N}.json");
        var seconds = new List<double>();
        Console.WriteLine("| commit | added .cs lines | review s | peak MB | findings |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var commit in commits)
        {
            var run = ChildProcess.Start(cli, ["review", "--repo", repo, "--base", commit + "~1", "--head", commit, "--format", "json", "--output", report, "--fail-level", "none"], repo);
            if (run.ExitCode is not (0 or 1))
            {
                Console.WriteLine($"| {commit[..8]} | | failed ({run.ExitCode}) | | |");
                continue;
            }

            seconds.Add(run.Seconds);
            Console.WriteLine(string.Create(s_inv, $"| {commit[..8]} | {AddedLines(repo, commit)} | {run.Seconds:0.00} | {run.PeakMb:0} | {CountFindings(report)} |"));
        }

        Console.WriteLine(string.Create(s_inv, $"{Path.GetFileName(repo.TrimEnd('/'))}: {seconds.Count} commits, median {Median(seconds):0.00} s, slowest {seconds.DefaultIfEmpty().Max():0.00} s per review"));
        File.Delete(report);
        return 0;
    }

    private static int AddedLines(string repo, string commit)
    {
        var stat = ChildProcess.Start("git", ["diff", "--numstat", commit + "~1", commit, "--", "*.cs"], repo);
        return stat.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Sum(l => int.TryParse(l.Split('\t')[0], NumberStyles.Integer, s_inv, out var n) ? n : 0);
    }

    private static int CountFindings(string report)
    {
        if (!File.Exists(report))
        {
            return -1;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        return json.RootElement.TryGetProperty("findings", out var all) ? all.GetArrayLength() : -1;
    }

    private static string Row(string what, List<double> values) =>
        string.Create(s_inv, $"| {what} | {Median(values):0.00} | {values.Min():0.00} | {values.Max():0.00} |");

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
