namespace CoeReview.Remote.Config;

/// <summary>What one expert's model calls are made with, fully resolved. Holds the key's variable name, never the key.</summary>
public sealed record ExpertEndpoint(
    string ExpertId,
    Uri Endpoint,
    string Model,
    string ApiKeyEnv,
    double Temperature,
    int MaxOutputTokens,
    int Concurrency,
    TimeSpan AttemptTimeout,
    bool Stream,
    ReplyFormat ResponseFormat,
    bool LegacyMaxTokens,
    int Priority)
{
    /// <summary>The endpoint without user info or query, safe to print.</summary>
    public string DisplayEndpoint => Endpoint.GetLeftPart(UriPartial.Path);
}
