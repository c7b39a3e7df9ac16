namespace CoeReview.Core.Findings;

/// <summary>
/// One review finding on a new-file line. Fingerprint, Snippet and InDiff are filled by the merger;
/// analyzers and models leave them empty.
/// </summary>
public sealed record Finding(
    string Expert,
    string RuleId,
    string Category,
    Severity Severity,
    string Path,
    int Line,
    int EndLine,
    int Column,
    string Message,
    string? Suggestion,
    IReadOnlyList<string> Sources,
    double Confidence)
{
    /// <summary>Stable identity: rule + path + normalized flagged code (+ occurrence), never the line number.</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>The flagged code, whitespace-normalized; what the fingerprint hashes.</summary>
    public string Snippet { get; init; } = "";

    /// <summary>True when the line lies inside a hunk of the diff (a PR comment can be placed on it).</summary>
    public bool InDiff { get; init; }

    /// <summary>
    /// Other rules that reported this same problem at the same place (CA1849 beside COE-PERF-002),
    /// merged into this finding; empty for most findings.
    /// </summary>
    public IReadOnlyList<string> AlsoRuleIds { get; init; } = [];

    /// <summary>For a data-flow finding, where the data came from and went: source, calls, sink. Empty otherwise.</summary>
    public IReadOnlyList<FlowStep> Flow { get; init; } = [];

    /// <summary>True when a model's finding is under the confidence threshold: summarised, not posted inline.</summary>
    public bool SummaryOnly { get; init; }
}
