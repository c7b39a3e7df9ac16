namespace CoeReview.Core.Experts;

/// <summary>The signals the router matches a hunk against.</summary>
public sealed record ExpertRouting(
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> ExcludePaths,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Examples,
    bool Always)
{
    /// <summary>
    /// The score at which the embedding router chooses this expert, when it differs from the
    /// router's threshold (an expert whose examples sit closer to everyday code needs a higher one,
    /// a generalist a lower one); null uses the router's.
    /// </summary>
    public double? Threshold { get; init; }
}
