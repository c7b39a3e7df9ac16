using CoeReview.Core.Experts;
using CoeReview.Remote.Config;

namespace CoeReview.Remote.Planning;

/// <summary>One chat request of an expert: the pieces packed into it and what it costs.</summary>
internal sealed record PlannedRequest(ExpertDefinition Expert, ExpertEndpoint Endpoint, IReadOnlyList<HunkPiece> Pieces, int PromptTokens)
{
    /// <summary>Tokens this request may use at most: its prompt and the output it may produce.</summary>
    public long Reservation => PromptTokens + (long)Endpoint.MaxOutputTokens;

    public double Risk => Pieces.Count == 0 ? 0 : Pieces.Max(p => p.Risk);

    public IReadOnlyList<string> Paths => Pieces.Select(p => p.Path).Distinct(StringComparer.Ordinal).ToList();
}
