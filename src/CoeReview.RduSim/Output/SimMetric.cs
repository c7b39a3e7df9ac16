using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Output;

/// <summary>
/// One row of `sim` output: its label, the result's JSON field, what it measures and whether a
/// ratio between two machines means anything. Text and JSON share the list so they say the same.
/// </summary>
public sealed record SimMetric(string Label, string Field, SimQuantity Quantity, Func<SimResult, double> Get, int Depth = 0, bool Compared = true)
{
    public static IReadOnlyList<SimMetric> Rows { get; } =
    [
        new("total", "totalMs", SimQuantity.Duration, r => r.TotalMs),
        new("router", "routerMs", SimQuantity.Duration, r => r.RouterMs, Depth: 1),
        new("switching", "switchMs", SimQuantity.Duration, r => r.SwitchMs, Depth: 1),
        new("prefill", "prefillMs", SimQuantity.Duration, r => r.PrefillMs, Depth: 1),
        new("decode", "decodeMs", SimQuantity.Duration, r => r.DecodeMs, Depth: 1),
        new("switches", "switches", SimQuantity.Count, r => r.Switches),
        new("one expert switch", "expertSwitchMs", SimQuantity.Duration, r => r.ExpertSwitchMs),
        new("mean request latency", "meanRequestLatencyMs", SimQuantity.Duration, r => r.MeanRequestLatencyMs),
        new("output tokens/s", "outputTokensPerSecond", SimQuantity.Throughput, r => r.OutputTokensPerSecond),

        // How many experts fit is a property of each machine's memory, not a contest.
        new("experts in HBM", "expertsResidentInFastMemory", SimQuantity.Count, r => r.ExpertsResidentInFastMemory, Compared: false),
        new("nodes to hold all", "nodesToHoldAllExperts", SimQuantity.Count, r => r.NodesToHoldAllExperts),
    ];

    /// <summary>The unit a value of this row is given in: "ms" or "s" for durations (from <paramref name="rowMax"/>), else the quantity's own.</summary>
    public string Unit(double rowMax) => Quantity switch
    {
        SimQuantity.Duration => SimDuration.UnitFor(rowMax),
        SimQuantity.Throughput => "tokens/s",
        _ => "count",
    };

    /// <summary>The value as the text table shows it, in the row's unit.</summary>
    public string Show(double value, double rowMax) => Quantity == SimQuantity.Duration
        ? SimDuration.Format(value, rowMax)
        : value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
