using System.Collections.Concurrent;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Simulation;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Models;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Backend;

/// <summary>
/// Simulates a whole review on one node: every expert's requests arrive as one batch, the router
/// stage routes them all, then each expert is switched in and runs its hunks. The experts share the
/// node, so residency and switches are accounted together; each expert's numbers are its share of
/// that one run (switch + prefill + decode), and the total adds the router.
/// </summary>
internal sealed class ReviewSimulation(HardwareProfile hardware, HardwareProfile baseline, RduSimOptions options) : ISimulationSummarizer
{
    private readonly ConcurrentDictionary<string, ExpertRequests> _recorded = new(StringComparer.Ordinal);

    public HardwareProfile Hardware => hardware;

    public HardwareProfile Baseline => baseline;

    /// <summary>Keeps an expert's requests for the review-wide run.</summary>
    public void Record(ExpertRequests requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        _recorded[requests.ExpertId] = requests;
    }

    /// <summary>One expert's numbers: the same run restricted to its requests (identical to its share when experts do not evict each other).</summary>
    public ExpertSimulation SimulateAlone(ExpertRequests requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var rdu = Run(hardware, [requests], withRouter: false);
        var gpu = Run(baseline, [requests], withRouter: false);
        return Attribution(requests, rdu.Result?.PerExpert.FirstOrDefault(), gpu.Result?.PerExpert.FirstOrDefault());
    }

    public SimulationReport Summarize(IReadOnlyList<ExpertResult> results, double wallMs)
    {
        ArgumentNullException.ThrowIfNull(results);
        var experts = results
            .Where(r => r.Status == ExpertStatus.Ok && _recorded.ContainsKey(r.ExpertId))
            .Select(r => _recorded[r.ExpertId])
            .ToList();
        var rdu = Run(hardware, experts, withRouter: true);
        var gpu = Run(baseline, experts, withRouter: true);
        var perExpert = experts.Select((e, i) => Attribution(e, Share(rdu.Result, i), Share(gpu.Result, i)) with { ExpertId = e.ExpertId }).ToList();
        var note = rdu.Error ?? gpu.Error;
        return new SimulationReport(
            hardware.Name,
            baseline.Name,
            rdu.Result?.TotalMs ?? 0,
            gpu.Result?.TotalMs ?? 0,
            rdu.Result?.RouterMs ?? 0,
            wallMs,
            experts.Sum(e => e.Requests.Count),
            experts.Sum(e => e.PromptTokens),
            experts.Sum(e => e.OutputTokens))
        {
            Experts = perExpert,
            BaselineRouterMs = gpu.Result?.RouterMs ?? 0,
            Note = note,
        };
    }

    /// <summary>The widest tensor parallelism that divides the node and every expert's heads (16 sockets, 24 heads → 8).</summary>
    internal static int AutoTensorParallel(int devices, IReadOnlyList<ExpertRequests> experts) =>
        Enumerable.Range(1, devices).Reverse().First(t => devices % t == 0 && experts.All(e => e.Model.Heads % t == 0));

    private static ExpertAttribution? Share(SimResult? result, int index) => result?.PerExpert.FirstOrDefault(a => a.Expert == index);

    private static ExpertSimulation Attribution(ExpertRequests e, ExpertAttribution? rdu, ExpertAttribution? gpu) =>
        new(e.Model.Name, e.Requests.Count, e.PromptTokens, e.OutputTokens, rdu?.TotalMs ?? 0, gpu?.TotalMs ?? 0, rdu?.SwitchMs ?? 0)
        {
            BaselineSwitchMs = gpu?.SwitchMs ?? 0,
        };

    private (SimResult? Result, string? Error) Run(HardwareProfile machine, IReadOnlyList<ExpertRequests> experts, bool withRouter)
    {
        var requests = new List<SimRequest>();
        for (var i = 0; i < experts.Count; i++)
        {
            requests.AddRange(experts[i].Requests.Select(r => new SimRequest(i, Math.Max(1, r.PromptTokens), Math.Max(1, r.OutputTokens))));
        }

        if (requests.Count == 0)
        {
            return (new SimResult(), null);
        }

        try
        {
            var setup = new SimSetup
            {
                Hardware = machine,
                ExpertModel = experts.Select(e => e.Model).MaxBy(m => m.WeightBytes)!,
                ExpertModels = experts.Select(e => e.Model).ToList(),
                Experts = experts.Count,
                RouterModel = withRouter && options.RouterModel is { } router ? ModelCatalog.Get(router) : null,
                RouterOutputTokens = Math.Max(1, options.RouterOutputTokens),
                BatchSize = requests.Count,
                MaxGroupSize = Math.Max(1, options.MaxGroupSize),
                TensorParallel = options.TensorParallel > 0 ? options.TensorParallel : AutoTensorParallel(machine.DeviceCount, experts),
                Requests = requests,
            };
            return (NodeSimulator.Run(setup), null);
        }
        catch (SimInputException e)
        {
            return (null, $"{machine.Name}: {e.Message}");
        }
    }
}
