using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Output;

/// <summary>One colour per phase and per machine, shared by every panel.</summary>
internal static class SimColors
{
    public const string Rdu = "#e4572e";
    public const string Gpu = "#4c78a8";

    public static string Of(SimPhase phase) => phase switch
    {
        SimPhase.Router => "#9e9e9e",
        SimPhase.Switch => "#d62728",
        SimPhase.Prefill => "#1f77b4",
        _ => "#2ca02c",
    };

    public static string Machine(int index) => index == 0 ? "#6a3d9a" : "#ff7f0e";
}
