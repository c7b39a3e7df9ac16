namespace CoeReview.Core.Pipeline;

/// <summary>Runs experts: their analysis half and their model half. Never throws for an expert's failure.</summary>
public interface ICoeBackend
{
    /// <summary>The name users select with --backend.</summary>
    string Name { get; }

    Task<ExpertResult> RunAsync(ExpertWork work, CancellationToken cancellationToken);

    /// <summary>The backend's review-wide simulation summary once all experts ran (null when it simulates nothing).</summary>
    ISimulationSummarizer? Simulation => null;
}
