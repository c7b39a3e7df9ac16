namespace CoeReview.RealRepos;

/// <summary>
/// One line of MSBuild output of the form <c>path(line,col): error CS0246: message [project]</c>;
/// Path is repository-relative when the file is inside the repository.
/// </summary>
internal sealed record BuildDiagnostic(string Path, int Line, string Severity, string Id, string Message, string? Project)
{
    public bool IsCompiler => Id.StartsWith("CS", StringComparison.Ordinal);
}
