using System.Text.RegularExpressions;
using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

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
            context = context with { AnalysisEngines = (_, _) => [new MarkerEngine()] };
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

    /// <summary>
    /// A deterministic analysis engine standing in for Roslyn at the process edge: every added line
    /// containing BUG is an error, every one containing SMELL a warning.
    /// </summary>
    private sealed class MarkerEngine : IAnalysisEngine
    {
        public string Name => "roslyn";

        public Task<IReadOnlyList<Finding>> AnalyzeAsync(DiffSet diff, CancellationToken cancellationToken)
        {
            var found = new List<Finding>();
            foreach (var file in diff.Files)
            {
                var lines = diff.Snapshot.ReadText(file.Path)?.Split('\n') ?? [];
                for (var i = 0; i < lines.Length; i++)
                {
                    if (lines[i].Contains("BUG", StringComparison.Ordinal))
                    {
                        found.Add(new Finding("", "CS9999", "compile-error", Severity.Error, file.Path, i + 1, i + 1, lines[i].IndexOf("BUG", StringComparison.Ordinal) + 1, "Marked bug.", null, ["roslyn"], 1.0));
                    }

                    if (lines[i].Contains("SMELL", StringComparison.Ordinal))
                    {
                        found.Add(new Finding("", "COE-PERF-999", "smell", Severity.Warning, file.Path, i + 1, i + 1, 1, "Marked smell.", "Remove the smell.", ["roslyn"], 0.9));
                    }
                }
            }

            return Task.FromResult<IReadOnlyList<Finding>>(found);
        }
    }
}
