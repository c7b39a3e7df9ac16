using System.Diagnostics;
using CoeReview.Core.Experts;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Prompting;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Models;

namespace CoeReview.RduSim.Backend;

/// <summary>
/// The default, offline backend: no model runs. The requests the remote backend would send for
/// each expert's tasks (same planner, same renderer) become requests to a simulated SN40L node,
/// sized by the tokens of those prompts and of the reply the expert's analysis findings make; it
/// adds no finding of its own, so the review holds the analysis findings alone. The review-wide
/// simulation is <see cref="Simulation"/>.
/// </summary>
public sealed class RduSimBackend : ICoeBackend
{
    private readonly ReviewSimulation _simulation;
    private readonly RequestPlanner _planner;

    /// <summary>Resolves the hardware names (or files) in <paramref name="options"/>; unknown ones throw SimInputException.</summary>
    public RduSimBackend(RduSimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _planner = new RequestPlanner(options.Prompt);
        TokenCounter.Preload();
        if (options.RouterModel is { } router)
        {
            ModelCatalog.Get(router);
        }

        _simulation = new ReviewSimulation(HardwareCatalog.Resolve(options.Hardware), HardwareCatalog.Resolve(options.Baseline), options);
    }

    public string Name => "rdu-sim";

    public ISimulationSummarizer Simulation => _simulation;

    public Task<ExpertResult> RunAsync(ExpertWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        var findings = work.Analysis;
        var id = work.Expert.Id;
        if (!ModelCatalog.TryGet(work.Expert.Model.Profile, out var model))
        {
            return Task.FromResult(ExpertResult.Failed(
                id,
                $"rdu-sim: unknown model profile '{work.Expert.Model.Profile}' (known: {string.Join(", ", ModelCatalog.Names)})",
                work.Tasks.Count,
                wallMs: clock.Elapsed.TotalMilliseconds));
        }

        var requests = Requests(work, findings, cancellationToken);
        var recorded = new ExpertRequests(id, model, requests);
        _simulation.Record(recorded);
        var simulated = _simulation.SimulateAlone(recorded) with { ExpertId = id };
        return Task.FromResult(new ExpertResult(id, ExpertStatus.Ok, null, work.Tasks.Count, [], clock.Elapsed.TotalMilliseconds)
        {
            Simulated = simulated,
            Usage = new TokenUsage(recorded.PromptTokens, recorded.OutputTokens, requests.Count),
        });
    }

    /// <summary>The planned requests' (prompt, output) tokens: system and user message as the remote backend would send them, and the reply of the findings each covers.</summary>
    private List<(int, int)> Requests(ExpertWork work, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var expert = work.Expert;
        var tokens = TokenCounter.For(expert.Model.Profile);
        var plan = _planner.Plan(work, findings);
        var replies = ExpertReplies.ByRequest(plan.Requests, work.Tasks, findings);
        var system = tokens.Count(PromptRenderer.System(expert));
        var requests = new List<(int, int)>(plan.Requests.Count);
        for (var i = 0; i < plan.Requests.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prompt = system + tokens.CountJoined(PromptRenderer.UserParts(expert, plan.Requests[i].Pieces, PromptRenderer.CountingNonce));
            var output = tokens.Count(ExpertReplies.Reply(replies[i]));
            requests.Add((prompt, Math.Max(1, output)));
        }

        return requests;
    }
}
