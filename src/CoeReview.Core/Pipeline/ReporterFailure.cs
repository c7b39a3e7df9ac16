namespace CoeReview.Core.Pipeline;

/// <summary>A reporter of a chain that threw, and what it threw.</summary>
public sealed record ReporterFailure(string Reporter, Exception Error);
