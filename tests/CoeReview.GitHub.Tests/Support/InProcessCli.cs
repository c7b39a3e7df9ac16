using CoeReview.Cli;
using CoeReview.Testing;

namespace CoeReview.GitHub.Tests.Support;

/// <summary>Runs the coe-review command line in-process with captured streams, a given stdin and environment, and the marker engine.</summary>
public static class InProcessCli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string[] args, IDictionary<string, string>? env = null, string stdin = "")
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, name => env?.TryGetValue(name, out var v) == true ? v : null, new StringReader(stdin))
        {
            AnalysisEngines = (_, _) => [FakeAnalysisEngine.Markers()],
        };
        var exit = await CliApp.RunAsync(args, context, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
