namespace CoeReview.RealRepos;

/// <summary>
/// One run of <c>coe-review review</c> on one commit. Failure is set when it exited other than 0 or 1,
/// or wrote no report that parses; it holds the first line of stderr.
/// </summary>
internal sealed record ReviewRun(int ExitCode, TimeSpan Elapsed, IReadOnlyList<ReviewFinding> Findings, string? Failure)
{
    public bool Failed => Failure is not null;
}
