namespace CoeReview.RealRepos;

/// <summary>
/// What makes a review diagnostic and a build diagnostic the same one: file, line and id. Severity is left
/// out on purpose, so a review that calls an error a warning still agrees, and the message is the compiler's.
/// </summary>
internal sealed record DiagnosticKey(string Path, int Line, string Id)
{
    public override string ToString() => $"{Path}:{Line} {Id}";
}
