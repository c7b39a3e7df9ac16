namespace CoeReview.RealRepos;

/// <summary>
/// The compiler's diagnostics from building a commit's owning projects, and which of those projects
/// the compiler did not get to (a restore, SDK or dependency error stopped it), whose files have no verdict.
/// </summary>
internal sealed record BuildOutcome(IReadOnlyList<BuildDiagnostic> Diagnostics, IReadOnlySet<string> NotCompiled, string? FirstError, TimeSpan Elapsed);
