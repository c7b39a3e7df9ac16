using System.Text.Json;
using CoeReview.Benchmarks.Shared;

namespace CoeReview.RealRepos;

/// <summary>Runs the CLI under test as its own process, so its start-up is timed too, and reads its JSON report.</summary>
internal sealed class ToolReview(ProcessRunner runner, string cli, string workDirectory)
{
    public async Task<ReviewRun> RunAsync(string root, string repoName, string commit, BenchmarkMode mode, CancellationToken cancellationToken)
    {
        var report = Path.Combine(workDirectory, $"{repoName}-{commit[..12]}-{mode.ToString().ToLowerInvariant()}.json");
        File.Delete(report);
        string[] review = ["review", "--repo", root, "--base", commit + "^", "--head", commit, "--format", "json", "--fail-level", "none", "--output", report];
        var result = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? await runner.RunAsync("dotnet", [cli, .. review], root, cancellationToken)
            : await runner.RunAsync(cli, review, root, cancellationToken);
        if (result.ExitCode is not (0 or 1))
        {
            return new ReviewRun(result.ExitCode, result.Elapsed, [], $"exit {result.ExitCode}: {result.FirstErrorLine}");
        }

        try
        {
            await using var stream = File.OpenRead(report);
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return new ReviewRun(result.ExitCode, result.Elapsed, ReadFindings(json.RootElement), null);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return new ReviewRun(result.ExitCode, result.Elapsed, [], $"no readable report ({e.GetType().Name}): {result.FirstErrorLine}");
        }
    }

    private static List<ReviewFinding> ReadFindings(JsonElement root)
    {
        var findings = new List<ReviewFinding>();
        if (!root.TryGetProperty("findings", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return findings;
        }

        foreach (var f in array.EnumerateArray())
        {
            findings.Add(new ReviewFinding(
                Text(f, "expert"), Text(f, "ruleId"), Text(f, "severity"), Text(f, "path").Replace('\\', '/'),
                f.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number ? line.GetInt32() : 0,
                Text(f, "message"),
                f.TryGetProperty("inDiff", out var inDiff) && inDiff.ValueKind == JsonValueKind.True));
        }

        return findings;
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}
