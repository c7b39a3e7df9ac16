namespace CoeReview.RduSim.Hardware;

/// <summary>
/// A machine the simulator can run a Composition of Experts on: a node of identical devices (RDU
/// sockets or GPUs), their memory tiers, how experts are switched into fast memory, how kernels
/// are launched and how devices all-reduce. Every number is a <see cref="Param"/> with its source.
/// </summary>
public sealed record HardwareProfile
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>"rdu" (experts held in device-attached DDR) or "gpu" (experts swapped in from host memory).</summary>
    public required string Kind { get; init; }

    /// <summary>Sockets or GPUs in one node.</summary>
    public required Param Devices { get; init; }

    public required ComputeSpec Compute { get; init; }

    public required MemorySpec Memory { get; init; }

    public required SwitchingSpec Switching { get; init; }

    public required ExecutionSpec Execution { get; init; }

    public required InterconnectSpec Interconnect { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsRdu => string.Equals(Kind, "rdu", StringComparison.OrdinalIgnoreCase);

    [System.Text.Json.Serialization.JsonIgnore]
    public int DeviceCount => (int)Math.Round(Devices.Value);
}

/// <summary>Dense BF16 compute per device and the fraction of it prefill GEMMs reach.</summary>
public sealed record ComputeSpec(Param Bf16PeakTflops, Param PrefillEfficiency);

/// <summary>Memory tiers per device (SRAM, HBM, device DDR) and the node's host memory.</summary>
public sealed record MemorySpec(
    Param SramMB,
    Param HbmGB,
    Param HbmTBps,
    Param BandwidthEfficiency,
    Param UsableHbmFraction,
    Param DdrGB,
    Param HostGB);

/// <summary>
/// Moving an expert's weights into HBM: per-device link (DDR→HBM on an RDU, PCIe host→GPU on a
/// GPU), its efficiency, a node-wide cap, and for pageable host memory the CPU staging copy.
/// </summary>
public sealed record SwitchingSpec(
    string From,
    Param LinkGBps,
    Param LinkEfficiency,
    Param NodeAggregateGBps,
    Param PageableStagingGBps,
    Param SetupMs);

/// <summary>How a decoder runs: kernels launched per layer and per step, launch cost, unfused activation traffic.</summary>
public sealed record ExecutionSpec(
    Param KernelsPerLayerDecode,
    Param KernelsPerLayerPrefill,
    Param KernelsPerStep,
    Param LaunchUs,
    Param ActivationPassesHidden,
    Param ActivationPassesIntermediate);

/// <summary>Tensor-parallel all-reduce: per-device bandwidth and per-collective latency.</summary>
public sealed record InterconnectSpec(Param AllReduceGBps, Param AllReduceLatencyUs);
