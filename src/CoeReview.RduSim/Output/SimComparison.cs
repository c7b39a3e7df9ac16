using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Output;

/// <summary>One scenario run on a machine and, optionally, on a second one to compare with.</summary>
public sealed record SimComparison(Scenario Scenario, SimSetup Setup, SimResult Result, SimSetup? CompareSetup, SimResult? CompareResult)
{
    public HardwareProfile Hardware => Setup.Hardware;

    public HardwareProfile? CompareHardware => CompareSetup?.Hardware;

    /// <summary>Compare's total over ours: above 1 means ours is faster.</summary>
    public double TotalSpeedup => CompareResult is { } c && Result.TotalMs > 0 ? c.TotalMs / Result.TotalMs : 0;

    /// <summary>Compare's time to switch one expert in over ours.</summary>
    public double SwitchSpeedup => CompareResult is { } c && Result.ExpertSwitchMs > 0 ? c.ExpertSwitchMs / Result.ExpertSwitchMs : 0;

    /// <summary>How our machine compares with the other on <paramref name="metric"/>, or null without a second machine or a ratio.</summary>
    public SimRatio? Ratio(SimMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return CompareResult is { } other && metric.Compared ? SimRatio.Of(metric.Quantity, metric.Get(Result), metric.Get(other)) : null;
    }

    /// <summary>Overall, in words: "3.32× faster", "1.20× slower".</summary>
    public SimRatio? TotalRatio => CompareResult is { } c ? SimRatio.Of(SimQuantity.Duration, Result.TotalMs, c.TotalMs) : null;

    /// <summary>Switching one expert in, in words.</summary>
    public SimRatio? SwitchRatio => CompareResult is { } c ? SimRatio.Of(SimQuantity.Duration, Result.ExpertSwitchMs, c.ExpertSwitchMs) : null;

    public static SimComparison Run(Scenario scenario, HardwareProfile hardware, HardwareProfile? compare, int timelineLimit = 0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var setup = ScenarioBuilder.Build(scenario, hardware, timelineLimit);
        var result = NodeSimulator.Run(setup);
        if (compare is null)
        {
            return new SimComparison(scenario, setup, result, null, null);
        }

        var other = ScenarioBuilder.Build(scenario, compare, timelineLimit);
        return new SimComparison(scenario, setup, result, other, NodeSimulator.Run(other));
    }
}
