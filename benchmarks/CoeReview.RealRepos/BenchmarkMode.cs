namespace CoeReview.RealRepos;

/// <summary>Whether the clone has its packages restored (obj/ present) when it is reviewed.</summary>
internal enum BenchmarkMode
{
    Unrestored,
    Restored,
}
