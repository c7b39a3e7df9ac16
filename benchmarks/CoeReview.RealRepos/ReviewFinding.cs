namespace CoeReview.RealRepos;

/// <summary>The fields of one finding of the CLI's JSON report that the benchmark reads.</summary>
internal sealed record ReviewFinding(string Expert, string RuleId, string Severity, string Path, int Line, string Message, bool InDiff)
{
    /// <summary>A compiler diagnostic as the syntax expert reports it (CS0246 and the like).</summary>
    public bool IsCompilerDiagnostic => Expert == "syntax" && RuleId.StartsWith("CS", StringComparison.Ordinal);
}
