namespace CoeReview.RealRepos;

/// <summary>
/// Everything measured for one commit in one mode. Review is null when the commit could not be checked
/// out (CheckoutError says why); Restore, Build and Agreement are set in restored mode only.
/// </summary>
internal sealed record CommitMeasurement(
    string Repo,
    string Commit,
    string Subject,
    BenchmarkMode Mode,
    int AddedCsLines,
    ReviewRun? Review,
    string? CheckoutError,
    RestoreOutcome? Restore = null,
    BuildOutcome? Build = null,
    Agreement? Agreement = null)
{
    public string ShortCommit => Commit[..Math.Min(10, Commit.Length)];

    /// <summary>The syntax expert's compiler diagnostics of a review that ran.</summary>
    public IEnumerable<ReviewFinding> CompilerFindings(string severity) =>
        (Review is { Failed: false } ? Review.Findings : []).Where(f => f.IsCompilerDiagnostic && f.Severity == severity);
}
