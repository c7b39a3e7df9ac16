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

    /// <summary>Each expert's share of the review-wide run on both machines (router time excluded).</summary>
    public IReadOnlyList<ExpertSimulation> Experts { get; init; } = [];

    /// <summary>The router stage on the baseline.</summary>
    public double BaselineRouterMs { get; init; }

    /// <summary>Why a machine could not run the review (e.g. an expert does not fit its memory), else null.</summary>
    public string? Note { get; init; }
}
