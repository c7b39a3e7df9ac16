namespace CoeReview.RealRepos;

/// <summary>The commits walked in one clone and what was measured on each.</summary>
internal sealed record RepoResult(string Name, string Path, IReadOnlyList<string> Commits, IReadOnlyList<CommitMeasurement> Measurements);
