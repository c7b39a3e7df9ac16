namespace CoeReview.SecuritySuite;

/// <summary>The statement after the last "POTENTIAL FLAW" (or "FLAW:") comment of the bad flow's sink method.</summary>
internal sealed record SinkLine(string Path, int Line, string Method);
