namespace CoeReview.Core.Pipeline;

/// <summary>How many of an expert's findings the report does not show, and why ("outside the added lines").</summary>
public sealed record LeftOut(string Expert, string Reason, int Count);
