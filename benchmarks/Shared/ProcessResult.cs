namespace CoeReview.Benchmarks.Shared;

/// <summary>
/// What a child process printed, how it ended, how long it took and its peak resident memory (0 where
/// /proc is not there); exit code -1 means it timed out and was killed.
/// </summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, double PeakMb)
{
    /// <summary>Both streams, stdout first, for a message when it failed.</summary>
    public string Output => StandardOutput + StandardError;

    public double Seconds => Elapsed.TotalSeconds;

    public bool TimedOut => ExitCode == -1;

    /// <summary>The first non-empty line of stderr, else of stdout: what a person reads first when it failed.</summary>
    public string FirstErrorLine =>
        FirstLine(StandardError) ?? FirstLine(StandardOutput) ?? (TimedOut ? "timed out" : "(no output)");

    private static string? FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
