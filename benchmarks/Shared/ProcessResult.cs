namespace CoeReview.RealRepos;

/// <summary>What a child process printed and how it ended; exit code -1 means it timed out and was killed.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool TimedOut => ExitCode == -1;

    /// <summary>The first non-empty line of stderr, else of stdout: what a person reads first when it failed.</summary>
    public string FirstErrorLine =>
        FirstLine(StandardError) ?? FirstLine(StandardOutput) ?? (TimedOut ? "timed out" : "(no output)");

    private static string? FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
