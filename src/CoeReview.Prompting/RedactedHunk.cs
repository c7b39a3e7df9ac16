using CoeReview.Core.Diff;

namespace CoeReview.Prompting;

/// <summary>A hunk's lines as a prompt may show them, and how many secrets were replaced in them.</summary>
internal sealed record RedactedHunk(IReadOnlyList<DiffLine> Lines, int Redactions);
