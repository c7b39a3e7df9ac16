using CoeReview.Core.Findings;

namespace CoeReview.Core.Pipeline;

/// <summary>How a review filters, fails and runs.</summary>
public sealed record ReviewOptions
{
    public FilterMode Filter { get; init; } = FilterMode.Added;

    /// <summary>Findings at or above this fail the run (exit 1); null never fails ("none").</summary>
    public Severity? FailLevel { get; init; } = Severity.Error;

    /// <summary>Model-only findings under this confidence go to the summary, not inline.</summary>
    public double MinModelConfidence { get; init; } = 0.5;

    /// <summary>How many experts run at once.</summary>
    public int MaxConcurrency { get; init; } = Math.Max(2, Environment.ProcessorCount);
}
