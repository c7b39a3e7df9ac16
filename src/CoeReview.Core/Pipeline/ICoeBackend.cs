namespace CoeReview.Core.Pipeline;

/// <summary>Runs experts: their analysis half and their model half. Never throws for an expert's failure.</summary>
public interface ICoeBackend
{
    /// <summary>The name users select with --backend.</summary>
    string Name { get; }

    Task<ExpertResult> RunAsync(ExpertWork work, CancellationToken cancellationToken);

    /// <summary>
    /// Called once with every expert's work before any RunAsync, so a backend can plan the whole
    /// review (a run-wide token budget shared by priority, for instance). Optional.
    /// </summary>
    Task PrepareAsync(IReadOnlyList<ExpertWork> work, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The backend's review-wide simulation summary once all experts ran (null when it simulates nothing).</summary>
    ISimulationSummarizer? Simulation => null;
}
