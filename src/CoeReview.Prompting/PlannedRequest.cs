using CoeReview.Core.Experts;

namespace CoeReview.Prompting;

/// <summary>One chat request of an expert: the pieces packed into it and its prompt tokens.</summary>
public sealed record PlannedRequest(ExpertDefinition Expert, IReadOnlyList<HunkPiece> Pieces, int PromptTokens)
{
    public double Risk => Pieces.Count == 0 ? 0 : Pieces.Max(p => p.Risk);

    public IReadOnlyList<string> Paths => Pieces.Select(p => p.Path).Distinct(StringComparer.Ordinal).ToList();
}
