namespace CoeReview.Core.Simulation;

/// <summary>One expert's simulated cost on the accelerator and on the GPU baseline.</summary>
public sealed record ExpertSimulation(
    string Model,
    int Requests,
    long PromptTokens,
    long OutputTokens,
    double RduMs,
    double BaselineMs,
    double SwitchMs);
