namespace CoeReview.Analysis;

/// <summary>How much of each changed file the engine analyses: what the review's filter can show.</summary>
public enum AnalysisScope
{
    /// <summary>The members that hold an added line (the `added` filter, the default).</summary>
    AddedLines,

    /// <summary>The members that hold a line of a hunk, context included (`diff_context`).</summary>
    Hunks,

    /// <summary>Every line of the changed files (`file` and `nofilter`).</summary>
    WholeFiles,
}
