namespace CoeReview.Core.Diff;

/// <summary>A changed file not reviewed, with the reason (binary, too large, not UTF-8, budget…).</summary>
public sealed record SkippedFile(string Path, string Reason);
