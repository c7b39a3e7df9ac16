namespace CoeReview.Core.Pipeline;

/// <summary>Which findings a review reports, by where they sit relative to the diff (reviewdog's modes).</summary>
public enum FilterMode
{
    /// <summary>Only findings on added or changed lines.</summary>
    Added,

    /// <summary>Findings anywhere inside the diff's hunks, context lines included.</summary>
    DiffContext,

    /// <summary>Findings anywhere in a changed file.</summary>
    File,

    /// <summary>Every finding.</summary>
    NoFilter,
}
