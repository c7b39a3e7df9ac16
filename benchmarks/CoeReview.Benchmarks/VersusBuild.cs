using System.Globalization;
using System.Text.Json;
using CoeReview.Benchmarks.Shared;

namespace CoeReview.Benchmarks;

/// <summary>
/// A review next to the build of what it reviews, each as a cold process, in turn: a synthetic
/// restored project with every file changed (`dotnet build --no-restore --no-incremental` against
/// `coe-review review` with all experts), or a real repository's last commits reviewed against their
/// parents. Medians over several alternating runs, after one untimed warm-up of each (the build's
/// compiler server and the review's embedding cache are warm, as on a developer's machine). With
/// COE_REVIEW_SERVER=1 the reviews go to the resident review server, as the build goes to its compiler
/// server: its start is the warm-up, and its peak memory is reported beside the clients'.
/// </summary>
internal static class VersusBuild
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    // No deadline, and the build servers shared: the build is timed as a developer's warm one.
    private static readonly ProcessRunner s_runner = new(Timeout.InfiniteTimeSpan) { ShareBuildServers = true };

    private static bool UsesServer => Environment.GetEnvironmentVariable("COE_REVIEW_SERVER") == "1";

    public static async Task<int> SyntheticAsync(string cli, int files, int linesPerFile, int runs, string experts, CancellationToken cancellationToken)
    {
        var repo = SyntheticRepo.Create(files, linesPerFile);
        var project = Path.Combine(repo, "src", "Shop", "Shop.csproj");
        var restore = await s_runner.RunAsync("dotnet", ["restore", project], repo, cancellationToken).ConfigureAwait(false);
        if (restore.ExitCode != 0)
        {
            Console.Error.WriteLine($"dotnet restore failed: {restore.Output}");
            return 1;
        }

        string[] build = ["build", project, "--no-restore", "--no-incremental", "-nologo", "-v", "q"];
        var report = Path.Combine(Path.GetTempPath(), $"coe-bench-{Guid.NewGuid():N}.json");
        string[] review = ["review", "--repo", repo, "--experts", experts, "--format", "json", "--output", report, "--fail-level", "none"];
        await s_runner.RunAsync("dotnet", build, repo, cancellationToken).ConfigureAwait(false);
        await s_runner.RunAsync(cli, review, repo, cancellationToken).ConfigureAwait(false);

        var builds = new List<double>();
        var reviews = new List<ProcessResult>();
        var findings = new HashSet<int>();
        for (var r = 0; r < runs; r++)
        {
            var b = await s_runner.RunAsync("dotnet", build, repo, cancellationToken).ConfigureAwait(false);
            if (b.ExitCode != 0)
            {
                Console.Error.WriteLine($"dotnet build failed: {b.Output}");
                return 1;
            }

            builds.Add(b.Seconds);
            var v = await s_runner.RunAsync(cli, review, repo, cancellationToken).ConfigureAwait(false);
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
        await StopServerAsync(cli, repo, cancellationToken).ConfigureAwait(false);
        File.Delete(report);
        Directory.Delete(repo, true);
        return 0;
    }

    public static async Task<int> CommitsAsync(string cli, string repo, int count, CancellationToken cancellationToken)
    {
        var log = await s_runner.RunAsync("git", ["log", "--no-merges", "--format=%H", "-n", count.ToString(s_inv), "--", "*.cs"], repo, cancellationToken).ConfigureAwait(false);
        var commits = log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c.Length == 40).ToList();
        if (log.ExitCode != 0 || commits.Count == 0)
        {
            Console.Error.WriteLine($"no commits touching .cs files in {repo}");
            return 2;
        }

        var report = Path.Combine(Path.GetTempPath(), $"coe-bench-{Guid.NewGuid():N}.json");
        if (UsesServer)
        {
            // The server's start, untimed: a developer's first push of the day pays it once.
            await s_runner.RunAsync(cli, ["review", "--repo", repo, "--base", commits[0] + "~1", "--head", commits[0], "--format", "json", "--output", report, "--fail-level", "none"], repo, cancellationToken).ConfigureAwait(false);
        }

        var seconds = new List<double>();
        Console.WriteLine("| commit | added .cs lines | review s | peak MB | findings |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var commit in commits)
        {
            var run = await s_runner.RunAsync(cli, ["review", "--repo", repo, "--base", commit + "~1", "--head", commit, "--format", "json", "--output", report, "--fail-level", "none"], repo, cancellationToken).ConfigureAwait(false);
            if (run.ExitCode is not (0 or 1))
            {
                Console.WriteLine($"| {commit[..8]} | | failed ({run.ExitCode}) | | |");
                continue;
            }

            seconds.Add(run.Seconds);
            var added = await AddedLinesAsync(repo, commit, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(string.Create(s_inv, $"| {commit[..8]} | {added} | {run.Seconds:0.00} | {run.PeakMb:0} | {CountFindings(report)} |"));
        }

        Console.WriteLine(string.Create(s_inv, $"{Path.GetFileName(repo.TrimEnd('/'))}: {seconds.Count} commits, median {Median(seconds):0.00} s, slowest {seconds.DefaultIfEmpty().Max():0.00} s per review{(UsesServer ? " (review server)" : "")}"));
        await StopServerAsync(cli, repo, cancellationToken).ConfigureAwait(false);
        File.Delete(report);
        return 0;
    }

    // Reports the server's peak resident memory (it held every review), then stops it.
    private static async Task StopServerAsync(string cli, string repo, CancellationToken cancellationToken)
    {
        if (!UsesServer)
        {
            return;
        }

        foreach (var status in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "status")))
        {
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(Path.GetDirectoryName(status)!, "cmdline")).Replace('\0', ' ');
                if (cmdline.Contains("coe-review", StringComparison.Ordinal) && cmdline.Contains(" server --socket ", StringComparison.Ordinal))
                {
                    var peak = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                    Console.WriteLine($"review server peak memory: {peak?["VmHWM:".Length..].Trim()}");
                }
            }
            catch (IOException)
            {
                // a process that ended while we looked
            }
            catch (UnauthorizedAccessException)
            {
                // another user's process
            }
        }

        await s_runner.RunAsync(cli, ["server", "stop"], repo, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> AddedLinesAsync(string repo, string commit, CancellationToken cancellationToken)
    {
        var stat = await s_runner.RunAsync("git", ["diff", "--numstat", commit + "~1", commit, "--", "*.cs"], repo, cancellationToken).ConfigureAwait(false);
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
