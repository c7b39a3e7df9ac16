using CoeReview.Core.Simulation;

namespace CoeReview.Core.Pipeline;

/// <summary>Builds a review's simulation summary from what the experts ran; supplied by simulating backends.</summary>
public interface ISimulationSummarizer
{
    SimulationReport Summarize(IReadOnlyList<ExpertResult> results, double wallMs);
}
