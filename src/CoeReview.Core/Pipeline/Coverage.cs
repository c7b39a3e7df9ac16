using CoeReview.Core.Diff;

namespace CoeReview.Core.Pipeline;

/// <summary>How much of the diff was reviewed, and what was not, with reasons.</summary>
public sealed record Coverage(int Files, int Hunks, int ReviewedHunks, IReadOnlyList<SkippedFile> Skipped);
