namespace CoeReview.Remote.Config;

/// <summary>
/// Endpoint settings for all experts (the <c>remote:</c> section itself) or for one expert
/// (<c>remote.experts.&lt;id&gt;</c>); unset values fall back to the level above.
/// </summary>
public sealed record RemoteExpertOptions
{
    /// <summary>Base URL of an OpenAI-compatible API, including the version path (…/v1/).</summary>
    public string? Endpoint { get; init; }

    public string? Model { get; init; }

    /// <summary>Name of the environment variable that holds the API key (never the key itself).</summary>
    public string? ApiKeyEnv { get; init; }

    public double? Temperature { get; init; }

    public int? MaxOutputTokens { get; init; }

    /// <summary>Requests in flight at once to the endpoint; experts sharing an endpoint share the smallest limit.</summary>
    public int? Concurrency { get; init; }

    /// <summary>Timeout of one attempt (LLMs are slow: the default is 120 s).</summary>
    public double? TimeoutSeconds { get; init; }

    /// <summary>Ask for a streamed (SSE) reply.</summary>
    public bool? Stream { get; init; }

    /// <summary>json_object (default), json_schema or none.</summary>
    public string? ResponseFormat { get; init; }

    /// <summary>max_completion_tokens (default, what OpenAI wants) or max_tokens (older servers).</summary>
    public string? MaxTokensField { get; init; }

    /// <summary>Higher runs first when the run's token budget cannot cover everything.</summary>
    public int? Priority { get; init; }

    /// <summary>These values, with unset ones taken from <paramref name="fallback"/>.</summary>
    public RemoteExpertOptions Over(RemoteExpertOptions fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new RemoteExpertOptions
        {
            Endpoint = Endpoint ?? fallback.Endpoint,
            Model = Model ?? fallback.Model,
            ApiKeyEnv = ApiKeyEnv ?? fallback.ApiKeyEnv,
            Temperature = Temperature ?? fallback.Temperature,
            MaxOutputTokens = MaxOutputTokens ?? fallback.MaxOutputTokens,
            Concurrency = Concurrency ?? fallback.Concurrency,
            TimeoutSeconds = TimeoutSeconds ?? fallback.TimeoutSeconds,
            Stream = Stream ?? fallback.Stream,
            ResponseFormat = ResponseFormat ?? fallback.ResponseFormat,
            MaxTokensField = MaxTokensField ?? fallback.MaxTokensField,
            Priority = Priority ?? fallback.Priority,
        };
    }
}
