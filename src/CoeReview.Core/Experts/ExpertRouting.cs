namespace CoeReview.Core.Experts;

/// <summary>The signals the router matches a hunk against.</summary>
public sealed record ExpertRouting(
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> ExcludePaths,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Examples,
    bool Always);
