using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Models;

namespace CoeReview.RduSim.Simulation;

/// <summary>Everything one simulation run needs, resolved: the machine, the models, the policy and the requests.</summary>
public sealed record SimSetup
{
    public required HardwareProfile Hardware { get; init; }

    public required ModelShape ExpertModel { get; init; }

    /// <summary>Each expert's own shape when they differ (length Experts); null when all are <see cref="ExpertModel"/>.</summary>
    public IReadOnlyList<ModelShape>? ExpertModels { get; init; }

    /// <summary>Most sequences an expert decodes together; a larger group runs in turns (the expert stays resident).</summary>
    public int MaxGroupSize { get; init; } = int.MaxValue;

    /// <summary>How many experts the CoE holds (requests name them 0..Experts-1).</summary>
    public required int Experts { get; init; }

    /// <summary>The router model; null when routing costs nothing on the node (a rule router).</summary>
    public ModelShape? RouterModel { get; init; }

    /// <summary>Tokens the router generates to name an expert (1: prefill alone decides).</summary>
    public int RouterOutputTokens { get; init; } = 1;

    /// <summary>Prompts routed together; the router runs once per batch, then each (prompt, expert) pair.</summary>
    public int BatchSize { get; init; } = 1;

    /// <summary>Devices per tensor-parallel group (a lane); 0 means all devices of the node.</summary>
    public int TensorParallel { get; init; }

    /// <summary>Experts that fit in a lane's HBM; null to derive it from the profile's memory.</summary>
    public int? HbmSlots { get; init; }

    /// <summary>"lru", or "pin-hot": the most requested experts are never evicted.</summary>
    public string Policy { get; init; } = "lru";

    /// <summary>How many experts "pin-hot" pins (default: half the slots).</summary>
    public int? PinnedExperts { get; init; }

    /// <summary>GPU only: experts sit in pageable (not pinned) host memory.</summary>
    public bool PageableHost { get; init; }

    public required IReadOnlyList<SimRequest> Requests { get; init; }

    /// <summary>Keep the first events for a timeline picture.</summary>
    public int TimelineLimit { get; init; }

    public int Lanes => Hardware.DeviceCount / Tp;

    public int Tp => TensorParallel <= 0 ? Hardware.DeviceCount : TensorParallel;

    public ModelShape ModelOf(int expert) => ExpertModels?[expert] ?? ExpertModel;
}
