using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Findings;

namespace CoeReview.Core.Pipeline;

/// <summary>All tasks of one expert in a review, handed to a backend at once.</summary>
public sealed record ExpertWork(ExpertDefinition Expert, IReadOnlyList<ExpertTask> Tasks, DiffSet Diff)
{
    /// <summary>
    /// The expert's analysis findings in the files routed to it (from the analysis stage): a backend
    /// shows them to the model; the merger, not the backend, puts them in the review.
    /// </summary>
    public IReadOnlyList<Finding> Analysis { get; init; } = [];

    /// <summary>The distinct files the tasks touch.</summary>
    public IReadOnlyList<DiffFile> Files => Tasks.Select(t => t.File).Distinct().ToList();
}
