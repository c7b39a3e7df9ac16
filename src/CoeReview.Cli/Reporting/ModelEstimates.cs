using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Reporting;

/// <summary>
/// Whether a review's model numbers are estimates: a simulating backend (rdu-sim) runs no model and
/// accounts what each expert's model profile would cost, so its tokens and latencies must not read as measured.
/// </summary>
public static class ModelEstimates
{
    /// <summary>True when the backend simulated the experts' models instead of running them.</summary>
    public static bool NoModelRan(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Simulation is not null || review.Experts.Any(e => e.Simulated is not null);
    }

    /// <summary>The sentence every report states on a simulating backend; null when models really ran.</summary>
    /// <param name="review">The finished review.</param>
    /// <param name="nameMachines">Name the simulated profiles; text and Markdown name them only with --cost, where the cost is shown.</param>
    public static string? Note(Review review, bool nameMachines)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (!NoModelRan(review))
        {
            return null;
        }

        var machines = nameMachines && review.Simulation is { } sim
            ? $"a simulated {sim.Hardware} vs the {sim.Baseline} GPU baseline"
            : "a simulated accelerator vs a GPU baseline";
        return $"{review.Backend}: no model ran; tokens and latencies are estimates for each expert's model profile on {machines}";
    }
}
