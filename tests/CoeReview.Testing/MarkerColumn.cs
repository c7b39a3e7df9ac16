namespace CoeReview.Testing;

/// <summary>
/// Where a marker engine puts a BUG finding's column. The CLI tests' engine used the marker's column and
/// the GitHub tests' engine column 1; both stay available so no test's expected output has to change.
/// </summary>
public enum MarkerColumn
{
    /// <summary>Column 1, whatever the line.</summary>
    First,

    /// <summary>The column where BUG starts on the line.</summary>
    AtMarker,
}
