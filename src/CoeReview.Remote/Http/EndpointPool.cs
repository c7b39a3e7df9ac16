using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using CoeReview.Remote.Config;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.SemanticKernel;
using OpenAI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CoeReview.Remote.Http;

/// <summary>
/// One HttpClient per endpoint — retries with backoff, jitter and Retry-After, a circuit breaker,
/// a concurrency limit and a per-attempt timeout — and one chat client per (endpoint, model, key)
/// built through Semantic Kernel's OpenAI connector as a Microsoft.Extensions.AI IChatClient.
/// </summary>
internal sealed class EndpointPool(RemoteOptions options, HttpMessageHandler transport, Func<string, string?> environment) : IDisposable
{
    // Servers like Ollama and vLLM take any key; the OpenAI SDK insists on one.
    private const string NoKey = "no-key";

    private readonly Dictionary<(string Endpoint, bool Legacy), (HttpClient Client, ConcurrencyLimitHandler Limit)> _http = [];
    private readonly Dictionary<(string Endpoint, string Model, string KeyEnv, bool Legacy), IChatClient> _chat = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The chat client for an expert's endpoint. Experts on one endpoint share its limit: the smallest configured.</summary>
    public IChatClient ChatClient(ExpertEndpoint endpoint, int sharedLimit)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        lock (_gate)
        {
            var chatKey = (endpoint.Endpoint.AbsoluteUri, endpoint.Model, endpoint.ApiKeyEnv, endpoint.LegacyMaxTokens);
            if (_chat.TryGetValue(chatKey, out var chat))
            {
                return chat;
            }

            var httpKey = (endpoint.Endpoint.AbsoluteUri, endpoint.LegacyMaxTokens);
            if (!_http.TryGetValue(httpKey, out var http))
            {
                http = CreateHttp(endpoint, sharedLimit);
                _http[httpKey] = http;
            }

            var key = environment(endpoint.ApiKeyEnv);
            if (!string.IsNullOrEmpty(key))
            {
                _keys.Add(key);
            }

            var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(key) ? NoKey : key), new OpenAIClientOptions
            {
                Endpoint = endpoint.Endpoint,
                Transport = new HttpClientPipelineTransport(http.Client),

                // Our handlers retry and time out; the SDK must not do it again underneath.
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            });
            chat = Kernel.CreateBuilder()
                .AddOpenAIChatClient(endpoint.Model, client)
                .Build()
                .Services.GetRequiredService<IChatClient>();
            _chat[chatKey] = chat;
            return chat;
        }
    }

    /// <summary>Replaces every API key this pool has read with a marker (for error texts and model output).</summary>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            foreach (var key in _keys.Where(k => k.Length >= 4))
            {
                text = text.Replace(key, "[REDACTED:api-key]", StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>The concurrency limit an endpoint's client got (for tests and the benchmark).</summary>
    public int? LimitOf(ExpertEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        lock (_gate)
        {
            return _http.TryGetValue((endpoint.Endpoint.AbsoluteUri, endpoint.LegacyMaxTokens), out var http) ? http.Limit.Limit : null;
        }
    }

    private (HttpClient, ConcurrencyLimitHandler) CreateHttp(ExpertEndpoint endpoint, int limit)
    {
        var attempt = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(endpoint.AttemptTimeout)
            .Build();
        var outer = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 6,
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, endpoint.AttemptTimeout.TotalSeconds * 2)),
                BreakDuration = options.BreakDuration,

                // A 429 means the server is up and pacing us: Retry-After handles it, the breaker should not.
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome) && args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests),
            })
            .Build();
        var limiter = new ConcurrencyLimitHandler(limit)
        {
            InnerHandler = new ResilienceHandler(attempt)
            {
                InnerHandler = new BufferingHandler { InnerHandler = transport },
            },
        };
        var chain = new RequestBodyHandler(endpoint.LegacyMaxTokens)
        {
            InnerHandler = new ResilienceHandler(outer) { InnerHandler = limiter },
        };

        // The transport is shared and owned by the pool's creator; timeouts are the pipeline's job.
        return (new HttpClient(chain, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }, limiter);
    }

    /// <summary>429, 408, 5xx, connection failures, cut-off bodies and attempt timeouts.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome) || outcome.Exception is IOException or TimeoutRejectedException;

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var (client, _) in _http.Values)
            {
                client.Dispose();
            }

            _http.Clear();
            _chat.Clear();
        }
    }
}
