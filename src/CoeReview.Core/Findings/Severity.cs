namespace CoeReview.Core.Findings;

/// <summary>How serious a finding is; ordered so that a larger value is more serious.</summary>
public enum Severity
{
    Note = 1,
    Warning = 2,
    Error = 3,
}
