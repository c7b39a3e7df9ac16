namespace CoeReview.Core.Simulation;

/// <summary>One expert's simulated cost on the accelerator and on the GPU baseline.</summary>
public sealed record ExpertSimulation(
    string Model,
    int Requests,
    long PromptTokens,
    long OutputTokens,
    double RduMs,
    double BaselineMs,
    double SwitchMs)
{
    /// <summary>Which expert this is, when listed in a <see cref="SimulationReport"/>.</summary>
    public string? ExpertId { get; init; }

    /// <summary>Time to switch the expert in on the baseline.</summary>
    public double BaselineSwitchMs { get; init; }
}
