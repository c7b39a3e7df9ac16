using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Pipeline;

/// <summary>All tasks of one expert in a review, handed to a backend at once.</summary>
public sealed record ExpertWork(ExpertDefinition Expert, IReadOnlyList<ExpertTask> Tasks, DiffSet Diff)
{
    /// <summary>The distinct files the tasks touch.</summary>
    public IReadOnlyList<DiffFile> Files => Tasks.Select(t => t.File).Distinct().ToList();
}
