namespace CoeReview.Core.Simulation;

/// <summary>The review's simulated cost in total: on the simulated RDU and on a GPU baseline, next to real wall time.</summary>
public sealed record SimulationReport(
    string Hardware,
    string Baseline,
    double RduMs,
    double BaselineMs,
    double RouterMs,
    double WallMs,
    int Requests,
    long PromptTokens,
    long OutputTokens)
{
    public double Speedup => RduMs > 0 ? BaselineMs / RduMs : 0;
}
