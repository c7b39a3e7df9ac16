namespace CoeReview.Core.Pipeline;

/// <summary>
/// How one project of the diff was compiled for the review: for which framework, whether the
/// restore's assets were used, what could not be resolved (the review then ran degraded for it and
/// reported nothing those references could explain), and what in its files could not be read.
/// </summary>
public sealed record ProjectCoverage(string Path, string? TargetFramework, bool Restored, IReadOnlyList<string> Missing, IReadOnlyList<string> Warnings)
{
    /// <summary>"complete" when the compiler saw every reference the build does, else "degraded".</summary>
    public string Status => IsComplete ? "complete" : "degraded";

    /// <summary>True when the compiler saw every reference the build does and the setup was sound.</summary>
    public bool IsComplete => Missing.Count == 0 && Reason is null;

    /// <summary>Why compiler errors were not reported at all for the project (a broken setup), if so.</summary>
    public string? Reason { get; init; }

    /// <summary>The frameworks the project targets when it targets several (the review compiled one).</summary>
    public IReadOnlyList<string> TargetFrameworks { get; init; } = [];

    /// <summary>One sentence for a person: how the project was compiled and what that means for the review.</summary>
    public string Describe()
    {
        var framework = TargetFramework is null ? "" : TargetFrameworks.Count > 1 ? $" ({TargetFramework} of {string.Join(", ", TargetFrameworks)})" : $" ({TargetFramework})";
        if (Reason is not null)
        {
            return $"{Path}{framework}: {Reason}; no compiler error of this project is reported";
        }

        if (Missing.Count == 0)
        {
            return $"{Path}{framework}: {(Restored ? "restored" : "needs no restore")}, every reference resolved";
        }

        var names = string.Join(", ", Missing.Take(4)) + (Missing.Count > 4 ? $" and {Missing.Count - 4} more" : "");
        var hint = Restored ? "" : "; run dotnet restore for a full review";
        return $"{Path}{framework}: degraded, {names} not resolved: compiler errors they could cause are not reported{hint}";
    }
}
