namespace CoeReview.Core.Pipeline;

/// <summary>
/// Runs the experts' models (the analysis stage has run before; each work item carries the
/// expert's analysis findings to show the model). Never throws for an expert's failure.
/// </summary>
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

    /// <summary>The least confidence a model finding needs to be posted when the config's top level sets none (the backend's own section may).</summary>
    double? MinModelConfidence => null;

    /// <summary>The backend's review-wide simulation summary once all experts ran (null when it simulates nothing).</summary>
    ISimulationSummarizer? Simulation => null;
}
