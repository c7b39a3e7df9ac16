namespace CoeReview.RduSim.Simulation;

/// <summary>
/// What a run produced. The phase sums are lane-busy time; with one lane they add up to TotalMs
/// exactly; with several lanes TotalMs (the makespan) is less than their sum.
/// </summary>
public sealed record SimResult
{
    public double TotalMs { get; init; }

    public double SwitchMs { get; init; }

    public double PrefillMs { get; init; }

    public double DecodeMs { get; init; }

    public double RouterMs { get; init; }

    public int Switches { get; init; }

    public double MeanSwitchMs => Switches > 0 ? SwitchMs / Switches : 0;

    /// <summary>
    /// From the start of a request's batch (its routing) to its last token. On one lane that is the
    /// batch's latency; with several lanes it also holds the wait for the expert's lane.
    /// </summary>
    public double MeanRequestLatencyMs { get; init; }

    /// <summary>Router stage + the request's own group (switch, prefill, decode), without queueing behind other work.</summary>
    public double MeanServiceLatencyMs { get; init; }

    public double OutputTokensPerSecond { get; init; }

    public int ExpertsResidentInFastMemory { get; init; }

    public int NodesToHoldAllExperts { get; init; }

    /// <summary>Prefill + decode: the experts' own execution, without switching or routing.</summary>
    public double ExpertOnlyMs => PrefillMs + DecodeMs;

    public int Requests { get; init; }

    public long OutputTokens { get; init; }

    public int Lanes { get; init; }

    public int SlotsPerLane { get; init; }

    /// <summary>Time to copy one expert into a lane's HBM.</summary>
    public double ExpertSwitchMs { get; init; }

    public IReadOnlyList<ExpertAttribution> PerExpert { get; init; } = [];

    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];

    public IReadOnlyList<OccupancySample> Occupancy { get; init; } = [];
}
