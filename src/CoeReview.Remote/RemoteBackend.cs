using System.Collections.Concurrent;
using System.Diagnostics;
using CoeReview.Core.Config;
using CoeReview.Core.Experts;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Secrets;
using CoeReview.Prompting;
using CoeReview.Remote.Config;
using CoeReview.Remote.Http;
using CoeReview.Remote.Planning;
using CoeReview.Remote.Replies;

namespace CoeReview.Remote;

/// <summary>
/// The <c>remote</c> backend: each expert's model is a chat completion on an OpenAI-compatible
/// endpoint, given the hunks (secrets redacted), the enclosing member and the expert's analysis
/// findings; it returns the model's checked findings, which the merger joins to the analysis
/// findings. An endpoint that stays down fails the expert's requests; no analysis finding is lost.
/// </summary>
public sealed class RemoteBackend : ICoeBackend, IDisposable
{
    private readonly EndpointPool _pool;
    private readonly HttpMessageHandler? _ownedTransport;
    private readonly RequestPlanner _planner;
    private readonly RunBudget _budget;
    private readonly ConcurrentDictionary<string, ExpertPlan> _plans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _limits = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _environment;

    /// <param name="options">From <see cref="RemoteOptionsParser.ParseSection"/>.</param>
    /// <param name="environment">Reads an environment variable (API keys); tests pass a dictionary.</param>
    /// <param name="transport">The innermost HTTP handler (a SocketsHttpHandler when null); retries, limits and timeouts wrap it.</param>
    public RemoteBackend(RemoteOptions options, Func<string, string?> environment, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Options = options;
        _environment = environment;
        _ownedTransport = transport is null ? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } : null;
        _pool = new EndpointPool(options, transport ?? _ownedTransport!, environment);
        _planner = new RequestPlanner(options.Prompt);
        _budget = new RunBudget(options.RunTokenBudget);
    }

    public string Name => "remote";

    /// <summary>
    /// What the CLI calls for <c>--backend remote</c>: the <c>remote:</c> section Core's config loader
    /// kept for this backend, COE_REVIEW_* defaults from <paramref name="environment"/>, every expert
    /// of the review checked. Throws <see cref="RemoteConfigException"/> (exit 2).
    /// </summary>
    public static RemoteBackend FromConfig(ReviewConfig config, Func<string, string?> environment, IEnumerable<ExpertDefinition> experts, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Validated(new RemoteBackend(RemoteOptionsParser.ParseSection(config.SectionNode("remote"), environment), environment, transport), experts);
    }

    private static RemoteBackend Validated(RemoteBackend backend, IEnumerable<ExpertDefinition> experts)
    {
        try
        {
            backend.Validate(experts);
            return backend;
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }

    public RemoteOptions Options { get; }

    /// <summary>The <c>remote:</c> section's minConfidence, which applies when the config's top level sets none.</summary>
    public double? MinModelConfidence => Options.MinConfidence;

    /// <summary>
    /// Checks that every expert has an endpoint and a model and that a key variable named in the
    /// config is set; throws <see cref="RemoteConfigException"/> (exit 2) otherwise. Call it before the review.
    /// </summary>
    public void Validate(IEnumerable<ExpertDefinition> experts)
    {
        ArgumentNullException.ThrowIfNull(experts);
        foreach (var expert in experts)
        {
            var endpoint = Options.Resolve(expert);
            if (endpoint.ApiKeyEnv != RemoteOptions.ApiKeyVariable && string.IsNullOrEmpty(_environment(endpoint.ApiKeyEnv)))
            {
                throw new RemoteConfigException(
                    $"remote backend: expert '{expert.Id}' takes its API key from the environment variable {endpoint.ApiKeyEnv}, which is not set");
            }

            ShareLimit(endpoint);
        }
    }

    /// <summary>
    /// With a run token budget, plans every expert first so the budget goes by priority across
    /// experts; without one, each expert plans as it starts, so the first requests leave sooner.
    /// </summary>
    public Task PrepareAsync(IReadOnlyList<ExpertWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var plans = new List<(ExpertPlan Plan, ExpertEndpoint Endpoint)>();
        foreach (var w in work.Where(w => w.Tasks.Count > 0))
        {
            if (Options.RunTokenBudget <= 0)
            {
                TryShareLimit(w);
                continue;
            }

            ExpertEndpoint endpoint;
            try
            {
                endpoint = ShareLimit(Options.Resolve(w.Expert));
            }
            catch (RemoteConfigException)
            {
                continue; // RunAsync reports it as the expert's failure.
            }

            plans.Add((_planner.Plan(w, w.Analysis), endpoint));
        }

        _budget.Admit(plans);
        foreach (var (plan, _) in plans)
        {
            _plans[plan.Work.Expert.Id] = plan;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<ExpertResult> RunAsync(ExpertWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        var id = work.Expert.Id;
        ExpertEndpoint endpoint;
        try
        {
            endpoint = ShareLimit(Options.Resolve(work.Expert));
        }
        catch (RemoteConfigException e)
        {
            return ExpertResult.Failed(id, e.Message, work.Tasks.Count, wallMs: clock.Elapsed.TotalMilliseconds);
        }

        if (!_plans.TryRemove(id, out var plan) || !ReferenceEquals(plan.Work, work))
        {
            plan = _planner.Plan(work, work.Analysis);
            _budget.Admit([(plan, endpoint)]);
        }

        var caller = new ModelCaller(_pool.ChatClient(endpoint, _limits[endpoint.Endpoint.AbsoluteUri]), endpoint, Options, Scrub);
        var outcomes = new RequestOutcome[plan.Admitted.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, outcomes.Length),
            new ParallelOptions { MaxDegreeOfParallelism = endpoint.Concurrency, CancellationToken = cancellationToken },
            async (i, ct) => outcomes[i] = await caller.RunAsync(plan.Admitted[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return Result(plan, outcomes, clock.Elapsed.TotalMilliseconds);
    }

    private static ExpertResult Result(ExpertPlan plan, RequestOutcome[] outcomes, double wallMs)
    {
        var id = plan.Work.Expert.Id;
        var findings = outcomes.SelectMany(o => o.Findings).ToList();
        var failed = outcomes.Select((o, i) => (o, request: plan.Admitted[i])).Where(x => x.o.Failure is not null).ToList();
        var failedTasks = failed.SelectMany(x => x.request.Pieces.Select(p => (p.Path, p.Task.HunkIndex))).Distinct().Count();
        var usage = outcomes.Aggregate(TokenUsage.Zero, (sum, o) => sum.Add(o.Usage));
        var rejected = outcomes.Sum(o => o.Rejected);
        string? reason = failed.Count == 0 ? null : $"{failed.Count} of {outcomes.Length} model requests failed: {failed[0].o.Failure}";
        var allFailed = failed.Count > 0 && failed.Count == outcomes.Length;
        var result = allFailed
            ? ExpertResult.Failed(id, reason!, plan.Work.Tasks.Count, findings, wallMs)
            : new ExpertResult(id, ExpertStatus.Ok, reason, plan.Work.Tasks.Count, findings, wallMs);
        return result with { Usage = usage, Rejected = rejected, FailedTasks = failedTasks, NotSent = plan.NotSent };
    }

    private void TryShareLimit(ExpertWork work)
    {
        try
        {
            ShareLimit(Options.Resolve(work.Expert));
        }
        catch (RemoteConfigException)
        {
            // RunAsync reports it as the expert's failure.
        }
    }

    /// <summary>Experts on one endpoint share one limit: the smallest any of them configures.</summary>
    private ExpertEndpoint ShareLimit(ExpertEndpoint endpoint)
    {
        _limits.AddOrUpdate(endpoint.Endpoint.AbsoluteUri, endpoint.Concurrency, (_, old) => Math.Min(old, endpoint.Concurrency));
        return endpoint;
    }

    private string Scrub(string text) => _pool.Scrub(SecretRedactor.Default.Redact(text).Text);

    public void Dispose()
    {
        _pool.Dispose();
        _ownedTransport?.Dispose();
    }
}
