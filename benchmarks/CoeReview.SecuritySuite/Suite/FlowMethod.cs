namespace CoeReview.SecuritySuite;

/// <summary>A method of a case file and the flow it belongs to (null for drivers and helpers); lines are 1-based.</summary>
internal sealed record FlowMethod(string Path, string Method, string? Flow, int StartLine, int EndLine)
{
    public bool Encloses(int line) => line >= StartLine && line <= EndLine;
}
