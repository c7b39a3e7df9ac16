using CoeReview.Core.Experts;
using CoeReview.Prompting;

namespace CoeReview.Remote.Config;

/// <summary>
/// The remote backend's settings: endpoint defaults, per-expert overrides and the run's limits.
/// Built by <see cref="RemoteOptionsParser"/> from <c>.coe-review.yml</c> and the environment.
/// </summary>
public sealed record RemoteOptions
{
    public const string EndpointVariable = "COE_REVIEW_ENDPOINT";
    public const string ApiKeyVariable = "COE_REVIEW_API_KEY";
    public const string ModelVariable = "COE_REVIEW_MODEL";

    /// <summary>Settings for every expert (the remote section's own keys, then the environment).</summary>
    public RemoteExpertOptions Defaults { get; init; } = new();

    /// <summary>Per-expert overrides by expert id.</summary>
    public IReadOnlyDictionary<string, RemoteExpertOptions> Experts { get; init; } = new Dictionary<string, RemoteExpertOptions>();

    /// <summary>Most prompt tokens one request may carry; hunks are packed up to it and split beyond it.</summary>
    public int RequestTokenBudget { get; init; } = PromptLimits.DefaultRequestTokenBudget;

    /// <summary>Most tokens (prompt + reserved output) a whole review may use; 0 means no limit.</summary>
    public long RunTokenBudget { get; init; }

    /// <summary>Most hunks packed into one request (1 sends each hunk alone).</summary>
    public int MaxHunksPerRequest { get; init; } = PromptLimits.DefaultMaxHunksPerRequest;

    /// <summary>Model-only findings under this confidence go to the summary (feed ReviewOptions.MinModelConfidence).</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Retries after the first attempt on 429, 5xx, timeouts and connection failures.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; doubles each time, with jitter; Retry-After wins when the server sends it.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an endpoint's circuit stays open after it kept failing.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The limits the request planner works within.</summary>
    public PromptLimits Prompt => new() { RequestTokenBudget = RequestTokenBudget, MaxHunksPerRequest = MaxHunksPerRequest };

    internal const int DefaultConcurrency = 4;
    internal const double DefaultTimeoutSeconds = 120;

    /// <summary>The settings one expert runs with; throws <see cref="RemoteConfigException"/> when endpoint or model is missing or invalid.</summary>
    public ExpertEndpoint Resolve(ExpertDefinition expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        var own = Experts.TryGetValue(expert.Id, out var o) ? o : new RemoteExpertOptions();
        var s = own.Over(Defaults);
        var where = $"remote.experts.{expert.Id}";
        if (string.IsNullOrWhiteSpace(s.Endpoint))
        {
            throw new RemoteConfigException(
                $"remote backend: no endpoint for expert '{expert.Id}': set remote.endpoint or {where}.endpoint in .coe-review.yml, or {EndpointVariable}");
        }

        if (!Uri.TryCreate(s.Endpoint.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new RemoteConfigException($"remote backend: the endpoint of expert '{expert.Id}' is not an http(s) URL");
        }

        if (string.IsNullOrWhiteSpace(s.Model))
        {
            throw new RemoteConfigException(
                $"remote backend: no model for expert '{expert.Id}': set remote.model or {where}.model in .coe-review.yml, or {ModelVariable}");
        }

        var format = (s.ResponseFormat ?? "json_object") switch
        {
            "json_object" => ReplyFormat.JsonObject,
            "json_schema" => ReplyFormat.JsonSchema,
            "none" => ReplyFormat.None,
            var other => throw new RemoteConfigException($"remote backend: responseFormat '{other}' of expert '{expert.Id}' is not json_object, json_schema or none"),
        };
        var legacy = (s.MaxTokensField ?? "max_completion_tokens") switch
        {
            "max_completion_tokens" => false,
            "max_tokens" => true,
            var other => throw new RemoteConfigException($"remote backend: maxTokensField '{other}' of expert '{expert.Id}' is not max_completion_tokens or max_tokens"),
        };
        var path = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        return new ExpertEndpoint(
            expert.Id,
            path,
            s.Model.Trim(),
            s.ApiKeyEnv ?? ApiKeyVariable,
            s.Temperature ?? expert.Model.Temperature,
            s.MaxOutputTokens ?? expert.Model.MaxOutputTokens,
            Math.Max(1, s.Concurrency ?? DefaultConcurrency),
            TimeSpan.FromSeconds(s.TimeoutSeconds is > 0 ? s.TimeoutSeconds.Value : DefaultTimeoutSeconds),
            s.Stream ?? false,
            format,
            legacy,
            s.Priority ?? DefaultPriority(expert.Id));
    }

    /// <summary>
    /// Without a configured priority, the built-in experts go security, syntax, performance, tests
    /// (what a reviewer would want kept when the budget runs short); others come last.
    /// </summary>
    private static int DefaultPriority(string id) => id switch
    {
        "security" => 40,
        "syntax" => 30,
        "performance" => 20,
        "tests" => 10,
        _ => 0,
    };
}
