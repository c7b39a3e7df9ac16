using CoeReview.Core.Findings;
using CoeReview.Core.Simulation;

namespace CoeReview.Core.Pipeline;

/// <summary>What one expert produced: its findings, or why it failed; never an exception.</summary>
public sealed record ExpertResult(
    string ExpertId,
    ExpertStatus Status,
    string? Reason,
    int Tasks,
    IReadOnlyList<Finding> Findings,
    double WallMs)
{
    /// <summary>Simulated cost on the rdu-sim backend, null elsewhere.</summary>
    public ExpertSimulation? Simulated { get; init; }

    /// <summary>Model tokens used (remote backend, or the simulated model's tokens on rdu-sim).</summary>
    public TokenUsage? Usage { get; init; }

    /// <summary>Model findings that were not published (off the diff, unknown path, invalid reply), counted not lost silently.</summary>
    public int Rejected { get; init; }

    /// <summary>Tasks that could not be completed while others were (a partial failure).</summary>
    public int FailedTasks { get; init; }

    /// <summary>Hunks (or parts of hunks) the backend did not send to the model, with why: coverage, not failure.</summary>
    public IReadOnlyList<UnsentHunk> NotSent { get; init; } = [];

    public static ExpertResult Failed(string expertId, string reason, int tasks, IReadOnlyList<Finding>? kept = null, double wallMs = 0) =>
        new(expertId, ExpertStatus.Failed, reason, tasks, kept ?? [], wallMs);

    public static ExpertResult Skipped(string expertId, string reason) => new(expertId, ExpertStatus.Skipped, reason, 0, [], 0);
}
