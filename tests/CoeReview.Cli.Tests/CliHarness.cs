using System.Text.RegularExpressions;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, a given stdin and environment.</summary>
internal static partial class CliHarness
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string[] args, string stdin = "", Dictionary<string, string>? env = null, bool fakeEngine = true)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, name => env?.GetValueOrDefault(name), new StringReader(stdin));
        if (fakeEngine)
        {
            context = context with { AnalysisEngines = (_, _) => [FakeAnalysisEngine.Markers(MarkerColumn.AtMarker)] };
        }

        var exit = await CliApp.RunAsync(args, context, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Replaces what changes from run to run (paths, shas, timings) so output can be compared with golden files.</summary>
    public static string Normalize(string text, string repoRoot) =>
        WallText().Replace(Timing().Replace(Sha().Replace(text.Replace(repoRoot, "<repo>", StringComparison.Ordinal), "<sha>"), m => $"\"{m.Groups[1].Value}\": 0"), "real wall time <ms>");

    [GeneratedRegex("real wall time [0-9]+ ms")]
    private static partial Regex WallText();

    [GeneratedRegex("\\b[0-9a-f]{40}\\b")]
    private static partial Regex Sha();

    [GeneratedRegex("\"(wallMs)\": [0-9.]+")]
    private static partial Regex Timing();
}
