namespace CoeReview.Core.Pipeline;

/// <summary>Tokens sent to and received from a model.</summary>
public sealed record TokenUsage(long PromptTokens, long OutputTokens, int Requests)
{
    public static TokenUsage Zero { get; } = new(0, 0, 0);

    public long TotalTokens => PromptTokens + OutputTokens;

    public TokenUsage Add(TokenUsage other) => new(PromptTokens + other.PromptTokens, OutputTokens + other.OutputTokens, Requests + other.Requests);
}
