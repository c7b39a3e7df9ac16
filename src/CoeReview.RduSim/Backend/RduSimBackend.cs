using System.Diagnostics;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Models;

namespace CoeReview.RduSim.Backend;

/// <summary>
/// The default, offline backend: no model runs. Every (hunk, expert) task becomes a request to a
/// simulated SN40L node, sized by the tokens the expert's model would be sent and would reply
/// (replying with the expert's analysis findings); it adds no finding of its own, so the review
/// holds the analysis findings alone. The review-wide simulation is <see cref="Simulation"/>.
/// </summary>
public sealed class RduSimBackend : ICoeBackend
{
    private readonly ReviewSimulation _simulation;
    private readonly TokenCounter _tokens;

    /// <summary>Resolves the hardware names (or files) in <paramref name="options"/>; unknown ones throw SimInputException.</summary>
    public RduSimBackend(RduSimOptions options, TokenCounter? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens ?? TokenCounter.Shared;
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

        var requests = Requests(work, findings, model, cancellationToken);
        var recorded = new ExpertRequests(id, model, requests);
        _simulation.Record(recorded);
        var simulated = _simulation.SimulateAlone(recorded) with { ExpertId = id };
        return Task.FromResult(new ExpertResult(id, ExpertStatus.Ok, null, work.Tasks.Count, [], clock.Elapsed.TotalMilliseconds)
        {
            Simulated = simulated,
            Usage = new TokenUsage(recorded.PromptTokens, recorded.OutputTokens, requests.Count),
        });
    }

    private List<(int, int)> Requests(ExpertWork work, IReadOnlyList<Finding> findings, ModelShape model, CancellationToken cancellationToken)
    {
        var byTask = ExpertExchange.ByTask(work.Tasks, findings);
        var requests = new List<(int, int)>(work.Tasks.Count);
        for (var i = 0; i < work.Tasks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prompt = _tokens.Count(ExpertExchange.Prompt(work.Tasks[i], byTask[i]), model);
            var output = _tokens.Count(ExpertExchange.Reply(byTask[i]), model);
            requests.Add((prompt, Math.Max(1, output)));
        }

        return requests;
    }
}
