namespace CoeReview.Cli;

/// <summary>The command line, runnable in-process for tests.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        stdout.WriteLine("coe-review 0.1.0");
        return Task.FromResult(0);
    }
}
